import { screen, within } from '@testing-library/react';
import { freshDb } from '../../helpers/db';
import { mutate } from '@/db/mutate';
import { openAsVolunteer, seedActivity, seedInstitution, SLOW } from './helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('editing and deleting one’s own activities', () => {
  // The home screen's list of recent activities: jsdom has no layout, so the windowed list on
  // /aktiviteter draws no rows here (the end-to-end tests cover that one in Chromium).
  it('opens an activity from the list, changes it and saves only what changed', async () => {
    const db = freshDb();
    const saved = await seedActivity(db, {
      date: '2026-11-20',
      durationMinutes: 60,
      activityType: 'walk',
      note: 'Rundt om søen',
    });
    const { user } = await openAsVolunteer('/', 'Seneste aktiviteter', db);
    const recent = screen.getByRole('region', { name: 'Seneste aktiviteter' });
    await user.click(await within(recent).findByRole('link', { name: /Gåtur/ }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ret aktivitet' }, SLOW),
    ).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: 'Gåtur' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '1 t.' })).toBeChecked();
    expect(screen.getByLabelText('Dato')).toHaveValue('2026-11-20');
    expect(screen.getByRole('textbox', { name: /Kort note/ })).toHaveValue('Rundt om søen');

    await user.click(screen.getByRole('radio', { name: '1 t. 30 min.' }));
    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));
    expect(await screen.findByText('Ændringerne er gemt på telefonen.')).toBeInTheDocument();

    expect(await db.activities.get(saved.id)).toMatchObject({
      durationMinutes: 90,
      note: 'Rundt om søen',
    });
    const last = (await db.outbox.toArray()).at(-1);
    expect(last).toMatchObject({ op: 'put', key: saved.id, fields: { durationMinutes: 90 } });
    expect(await db.activities.count()).toBe(1);
  });

  it('deletes only after the volunteer confirms, as a tombstone', async () => {
    const db = freshDb();
    const saved = await seedActivity(db, {
      date: '2026-11-20',
      durationMinutes: 60,
      activityType: 'cards',
    });
    const { user } = await openAsVolunteer(`/aktiviteter/${saved.id}`, 'Ret aktivitet', db);

    const section = await screen.findByRole('region', { name: 'Slet aktiviteten' });
    await user.click(within(section).getByRole('button', { name: 'Slet aktivitet' }));
    expect(within(section).getByRole('button', { name: 'Ja, slet den' })).toHaveFocus();
    await user.click(within(section).getByRole('button', { name: 'Nej, behold den' }));
    expect(within(section).getByRole('heading', { name: 'Slet aktiviteten' })).toHaveFocus();
    expect((await db.activities.get(saved.id))?._deleted).toBeUndefined();

    await user.click(within(section).getByRole('button', { name: 'Slet aktivitet' }));
    await user.click(within(section).getByRole('button', { name: 'Ja, slet den' }));

    expect(await screen.findByText('Aktiviteten er slettet.', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Dine aktiviteter' })).toBeInTheDocument();
    expect(await screen.findByText('Du har ikke registreret noget endnu.')).toBeInTheDocument();
    expect(await db.activities.get(saved.id)).toMatchObject({ _deleted: true });
    expect((await db.outbox.toArray()).at(-1)).toMatchObject({ op: 'delete', key: saved.id });
  });

  it('says so when the activity does not exist', async () => {
    await openAsVolunteer('/aktiviteter/findes-ikke', 'Ret aktivitet');
    expect(await screen.findByText(/Aktiviteten findes ikke/)).toBeInTheDocument();
  });
});

describe('editing keeps what was not touched', () => {
  it('does not give an old activity without a place the volunteer’s institution', async () => {
    const db = freshDb();
    const place = await seedInstitution(db, 'Solhjem Plejecenter');
    await mutate(db, {
      table: 'profile',
      op: 'put',
      fields: { role: 'volunteer', displayName: 'Birthe', institutionId: place.id },
    });
    const saved = await seedActivity(db, {
      date: '2026-11-20',
      durationMinutes: 60,
      activityType: 'cards',
    });
    const { user } = await openAsVolunteer(`/aktiviteter/${saved.id}`, 'Ret aktivitet', db, {
      signedIn: true,
    });
    await user.click(await screen.findByRole('radio', { name: '2 t.' }));
    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));
    await screen.findByText('Ændringerne er gemt på telefonen.');
    expect((await db.outbox.toArray()).at(-1)?.fields).toEqual({ durationMinutes: 120 });
    expect((await db.activities.get(saved.id))?.institutionId).toBeUndefined();
  });
});
