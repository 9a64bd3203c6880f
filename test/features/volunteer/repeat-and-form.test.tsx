import { screen, within } from '@testing-library/react';
import { mutate } from '@/db/mutate';
import { addDays, todayIso } from '@/lib/dates';
import { freshDb } from '../../helpers/db';
import { openAsVolunteer, seedActivity, seedInstitution } from './helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('repeating a recent activity from the home screen', () => {
  it('saves it again for today in two taps, with its duration and place', async () => {
    const db = freshDb();
    const yesterday = addDays(todayIso(), -1);
    const place = await seedInstitution(db, 'Solhjem Plejecenter');
    await seedActivity(db, {
      date: yesterday,
      durationMinutes: 120,
      activityType: 'cards',
      institutionId: place.id,
      note: 'Whist',
    });
    const { user } = await openAsVolunteer('/', 'Gør det igen', db);

    const repeat = screen.getByRole('region', { name: 'Gør det igen' });
    await user.click(within(repeat).getByRole('button', { name: 'Kortspil · 2 t.' }));
    expect(within(repeat).getByText('Gem Kortspil · 2 t. for i dag?')).toBeInTheDocument();
    expect(within(repeat).getByRole('button', { name: 'Ja, gem' })).toHaveFocus();
    await user.click(within(repeat).getByRole('button', { name: 'Ja, gem' }));

    expect(await within(repeat).findByText('Gemt på telefonen.')).toBeInTheDocument();
    const rows = await db.activities.toArray();
    expect(rows).toHaveLength(2);
    const repeated = rows.find((row) => row.date === todayIso());
    expect(repeated).toMatchObject({
      activityType: 'cards',
      durationMinutes: 120,
      institutionId: place.id,
    });
    expect(repeated?.note).toBeUndefined();
  });

  it('saves nothing when the volunteer changes their mind', async () => {
    const db = freshDb();
    await seedActivity(db, { date: todayIso(), durationMinutes: 60, activityType: 'walk' });
    const { user } = await openAsVolunteer('/', 'Gør det igen', db);
    await user.click(screen.getByRole('button', { name: 'Gåtur · 1 t.' }));
    await user.click(screen.getByRole('button', { name: 'Fortryd' }));
    expect(screen.getByRole('button', { name: 'Gåtur · 1 t.' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Gør det igen' })).toHaveFocus();
    expect(await db.activities.count()).toBe(1);
  });

  it('is not shown before anything was logged', async () => {
    await openAsVolunteer('/', 'Registrér aktivitet');
    expect(screen.queryByRole('region', { name: 'Gør det igen' })).not.toBeInTheDocument();
  });
});

describe('the activity form', () => {
  it('offers the institution’s own types and saves the institution from the profile', async () => {
    const db = freshDb();
    const place = await seedInstitution(db, 'Solhjem Plejecenter', ['Banko', 'Gymnastik']);
    await mutate(db, {
      table: 'profile',
      op: 'put',
      fields: { role: 'volunteer', displayName: 'Birthe', institutionId: place.id },
    });
    const { user } = await openAsVolunteer('/', 'Registrér aktivitet', db, { signedIn: true });

    const types = screen.getByRole('group', { name: 'Hvad lavede du?' });
    await within(types).findByRole('radio', { name: 'Banko' });
    expect(
      within(types)
        .getAllByRole('radio')
        .map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['Banko', 'Gymnastik', 'Andet']);
    await user.click(within(types).getByRole('radio', { name: 'Gymnastik' }));
    await user.click(screen.getByRole('radio', { name: '1 t.' }));
    await user.type(screen.getByRole('textbox', { name: 'Antal deltagere (valgfrit)' }), '7');
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));

    await screen.findByText('Gemt på telefonen.');
    expect((await db.activities.toArray())[0]).toMatchObject({
      activityType: 'Gymnastik',
      durationMinutes: 60,
      participants: 7,
      institutionId: place.id,
    });
  });

  it('lets the volunteer choose the place when there are several', async () => {
    const db = freshDb();
    await seedInstitution(db, 'Solhjem Plejecenter');
    const cafe = await seedInstitution(db, 'Café Varmestuen');
    const { user } = await openAsVolunteer('/', 'Registrér aktivitet', db);
    const places = await screen.findByRole('group', { name: 'Hvor var du?' });
    await user.click(within(places).getByRole('radio', { name: 'Café Varmestuen' }));
    await user.click(screen.getByRole('radio', { name: 'Café' }));
    await user.click(screen.getByRole('radio', { name: '3 t.' }));
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));
    await screen.findByText('Gemt på telefonen.');
    expect((await db.activities.toArray())[0]?.institutionId).toBe(cafe.id);
  });

  it('works out the duration from a start and an end time', async () => {
    const { user, db } = await openAsVolunteer('/', 'Registrér aktivitet');
    await user.click(screen.getByRole('radio', { name: 'Udflugt' }));
    await user.click(screen.getByText('Klokkeslæt (valgfrit)'));
    await user.type(screen.getByLabelText('Start'), '13:15');
    await user.type(screen.getByLabelText('Slut'), '15:40');
    expect(screen.getByRole('radio', { name: '2 t. 25 min.' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));
    await screen.findByText('Gemt på telefonen.');
    expect((await db.activities.toArray())[0]).toMatchObject({
      startTime: '13:15',
      durationMinutes: 145,
    });
  });

  it('refuses a CPR number in the note and in a type of one’s own, and shows the privacy hint', async () => {
    const { user, db } = await openAsVolunteer('/', 'Registrér aktivitet');
    await user.click(screen.getByRole('radio', { name: 'Andet' }));
    const own = screen.getByRole('textbox', { name: 'Skriv selv' });
    expect(own).toHaveAccessibleDescription(/Ingen navne og ingen CPR-numre/);
    await user.type(own, 'Besøg 010203-1234');
    await user.click(screen.getByRole('radio', { name: '1 t.' }));
    const note = screen.getByRole('textbox', { name: /Kort note/ });
    expect(note).toHaveAccessibleDescription(/Ingen navne og ingen CPR-numre/);
    await user.type(note, 'Talte med 0102031234');
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));

    expect(await screen.findAllByText(/Det ligner et CPR-nummer/)).toHaveLength(2);
    expect(note).toHaveAccessibleDescription(/Det ligner et CPR-nummer/);
    expect(note).toHaveValue('Talte med 0102031234');
    expect(await db.activities.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });

  it('says when the number of participants is not a number', async () => {
    const { user, db } = await openAsVolunteer('/', 'Registrér aktivitet');
    await user.click(screen.getByRole('radio', { name: 'Kortspil' }));
    await user.click(screen.getByRole('radio', { name: '1 t.' }));
    await user.type(screen.getByRole('textbox', { name: 'Antal deltagere (valgfrit)' }), 'mange');
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));
    expect(await screen.findByText(/Skriv et helt tal fra 0 til 1000/)).toBeInTheDocument();
    expect(await db.activities.count()).toBe(0);
  });
});
