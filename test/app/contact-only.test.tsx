import { screen } from '@testing-library/react';
import { renderApp } from '../helpers/render-app';

describe("the contact person's screens", () => {
  it.each(['/stedets-oplysninger', '/frivillige', '/til-behandling'])(
    'are not found for a volunteer (%s)',
    async (path) => {
      await renderApp(path, { role: 'volunteer' });
      expect(
        await screen.findByRole(
          'heading',
          { level: 1, name: 'Siden findes ikke' },
          { timeout: 10_000 },
        ),
      ).toBeInTheDocument();
    },
  );

  it('open for the contact person', async () => {
    await renderApp('/stedets-oplysninger', { role: 'contact' });
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Stedets oplysninger' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
  });
});
