import { screen, within } from '@testing-library/react';
import { renderApp } from '../../helpers/render-app';

describe('caseworker home', () => {
  it('saves a private question and shows it in the logbook', async () => {
    const { user, db } = await renderApp('/', { role: 'caseworker' });

    await user.click(await screen.findByRole('radio', { name: 'Et spørgsmål' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Din note' }),
      'Hvordan bruger jeg tragten?',
    );
    await user.click(screen.getByRole('button', { name: 'Gem note' }));

    expect(await screen.findByText('Noten er gemt på telefonen.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Din note' })).toHaveValue('');
    const recent = screen.getByRole('region', { name: 'Seneste noter' });
    expect(within(recent).getByText('Hvordan bruger jeg tragten?')).toBeInTheDocument();
    expect((await db.logbookEntries.toArray())[0]).toMatchObject({ kind: 'question' });

    await user.click(screen.getByRole('link', { name: 'Logbog' }));
    expect(await screen.findByText('1 note')).toBeInTheDocument();
  });

  it('asks for text before saving', async () => {
    const { user, db } = await renderApp('/', { role: 'caseworker' });
    await user.click(await screen.findByRole('button', { name: 'Gem note' }));
    expect(await screen.findByText('Skriv noten først.')).toBeInTheDocument();
    expect(await db.logbookEntries.count()).toBe(0);
  });
});
