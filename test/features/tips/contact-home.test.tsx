import { screen } from '@testing-library/react';
import { isoWeek } from '@/features/tips/model';
import { renderApp } from '../../helpers/render-app';

describe('contact person home', () => {
  it('saves this week’s tip', async () => {
    const { user, db } = await renderApp('/', { role: 'contact' });

    await user.type(
      await screen.findByRole('textbox', { name: 'Overskrift' }),
      'Spørg til ressourcer',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Tippet' }),
      'Start med det, borgeren kan.',
    );
    await user.click(screen.getByRole('button', { name: 'Gem tip' }));

    expect(await screen.findByText('Tippet er gemt på telefonen.')).toBeInTheDocument();
    expect(await screen.findByText('Spørg til ressourcer')).toBeInTheDocument();
    expect((await db.tips.toArray())[0]).toMatchObject({ week: isoWeek(new Date()) });

    await user.click(screen.getByRole('link', { name: 'Tips' }));
    expect(await screen.findByText('1 tip')).toBeInTheDocument();
  });

  it('needs both a heading and a text', async () => {
    const { user, db } = await renderApp('/', { role: 'contact' });
    await user.type(await screen.findByRole('textbox', { name: 'Overskrift' }), 'Kun overskrift');
    await user.click(screen.getByRole('button', { name: 'Gem tip' }));
    expect(await screen.findByText('Skriv både overskrift og tip.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Overskrift' })).toHaveValue('Kun overskrift');
    expect(await db.tips.count()).toBe(0);
  });
});
