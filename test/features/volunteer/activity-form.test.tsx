import { screen, within } from '@testing-library/react';
import { todayIso } from '@/lib/dates';
import { renderApp } from '../../helpers/render-app';
import { SLOW } from './helpers';

// Whole-app renders on a shared two-core machine: give each test room.
vi.setConfig({ testTimeout: 30_000 });

describe('volunteer home', () => {
  it('logs an activity in three taps and shows it', async () => {
    const { user, db } = await renderApp('/', { role: 'volunteer' });

    await user.click(await screen.findByRole('radio', { name: 'Kortspil' }, SLOW));
    await user.click(screen.getByRole('radio', { name: '2 t.' }));
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));

    expect(await screen.findByText('Gemt på telefonen.')).toBeInTheDocument();
    const recent = screen.getByRole('region', { name: 'Seneste aktiviteter' });
    expect(await within(recent).findByText('Kortspil')).toBeInTheDocument();
    const [activity] = await db.activities.toArray();
    expect(activity).toMatchObject({
      activityType: 'cards',
      durationMinutes: 120,
      date: todayIso(),
    });
    expect(await db.outbox.count()).toBe(2);
  });

  it('pre-fills the last duration, so a repeat takes two taps', async () => {
    const { user, db } = await renderApp('/', { role: 'volunteer' });
    await user.click(await screen.findByRole('radio', { name: 'Gåtur' }, SLOW));
    await user.click(screen.getByRole('radio', { name: '1 t. 30 min.' }));
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));
    await screen.findByText('Gemt på telefonen.');

    await vi.waitFor(() =>
      expect(screen.getByRole('radio', { name: '1 t. 30 min.' })).toBeChecked(),
    );
    await user.click(screen.getByRole('radio', { name: 'Gåtur' }));
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));

    await vi.waitFor(async () => expect(await db.activities.count()).toBe(2));
    const durations = (await db.activities.toArray()).map((a) => a.durationMinutes);
    expect(durations).toEqual([90, 90]);
  });

  it('says what is missing and saves nothing', async () => {
    const { user, db } = await renderApp('/', { role: 'volunteer' });
    await user.click(await screen.findByRole('button', { name: 'Gem aktivitet' }, SLOW));
    expect(await screen.findByText('Vælg eller skriv en aktivitet.')).toBeInTheDocument();
    expect(screen.getByText('Vælg hvor længe.')).toBeInTheDocument();
    expect(await db.activities.count()).toBe(0);
  });

  it('accepts an activity of the volunteer’s own', async () => {
    const { user, db } = await renderApp('/', { role: 'volunteer' });
    await user.click(await screen.findByRole('radio', { name: 'Andet' }, SLOW));
    await user.type(screen.getByRole('textbox', { name: 'Skriv selv' }), 'Bankospil');
    await user.click(screen.getByRole('radio', { name: '1 t.' }));
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));
    await screen.findByText('Gemt på telefonen.');
    expect((await db.activities.toArray())[0]?.activityType).toBe('Bankospil');
  });

  it('keeps the typed note and explains when the phone is full', async () => {
    const { user, db } = await renderApp('/', { role: 'volunteer' });
    db.activities.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await user.click(await screen.findByRole('radio', { name: 'Højtlæsning' }, SLOW));
    await user.click(screen.getByRole('radio', { name: '30 min.' }));
    await user.type(screen.getByRole('textbox', { name: /Kort note/ }), 'Læste avis højt');
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));

    expect(await screen.findByText(/lager er fuldt, så det blev ikke gemt/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Kort note/ })).toHaveValue('Læste avis højt');
    expect(screen.getByRole('radio', { name: 'Højtlæsning' })).toBeChecked();
    expect(screen.queryByText('Gemt på telefonen.')).not.toBeInTheDocument();
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('activities screen', () => {
  it('lists activities with the total', async () => {
    const { user } = await renderApp('/', { role: 'volunteer' });
    for (const [type, duration] of [
      ['Kortspil', '2 t.'],
      ['Musik og sang', '1 t.'],
    ] as const) {
      await user.click(await screen.findByRole('radio', { name: type }, SLOW));
      await user.click(screen.getByRole('radio', { name: duration }));
      await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));
      await screen.findByText('Gemt på telefonen.');
    }

    await user.click(screen.getByRole('link', { name: 'Aktiviteter' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dine aktiviteter' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('I alt 3 t. på 2 aktiviteter')).toBeInTheDocument();
  });

  it('says so when there is nothing yet', async () => {
    await renderApp('/aktiviteter', { role: 'volunteer' });
    expect(
      await screen.findByText('Du har ikke registreret noget endnu.', {}, SLOW),
    ).toBeInTheDocument();
  });
});
