import { screen, waitFor, within } from '@testing-library/react';
import { savePlanItem } from '@/features/plan/data/plan-items';
import { addDays, isoWeekOf, mondayOf, todayIso } from '@/lib/dates';
import { freshDb } from '../../helpers/db';
import { expectNoAxeViolations, openAs } from './helpers';

vi.setConfig({ testTimeout: 30_000 });

const today = todayIso();

function activity(
  title: string,
  date: string,
  extra: Partial<Parameters<typeof savePlanItem>[1]> = {},
) {
  return {
    title,
    date,
    kind: 'training' as const,
    status: 'planned' as const,
    responsible: 'Jonas',
    participants: 'Team Nord',
    caseRefs: [],
    ...extra,
  };
}

describe('activity plan', () => {
  it('plans a training meeting with case references and shows it as upcoming', async () => {
    const { user, db } = await openAs('contact', '/aktivitetsplan');
    expect(
      await screen.findByText('Planen er tom. Tilføj den første aktivitet.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Ny aktivitet' }));
    await screen.findByRole('heading', { level: 1, name: 'Ny aktivitet' });
    await expectNoAxeViolations();

    await user.type(
      screen.getByRole('textbox', { name: 'Hvad skal der ske?' }),
      'Træning i tragten',
    );
    await user.clear(screen.getByLabelText('Dato'));
    await user.type(screen.getByLabelText('Dato'), addDays(today, 2));
    await user.type(screen.getByLabelText(/^Starter/), '09:00');
    await user.type(screen.getByLabelText('Slutter'), '08:00');
    await user.type(screen.getByRole('textbox', { name: 'Ansvarlig' }), 'Jonas');
    const refs = screen.getByRole('textbox', { name: /Sager til drøftelse/ });
    await user.type(refs, 'Sag 12{Enter}Fru Jensen');
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));

    expect(
      await screen.findByText('Sluttidspunktet skal ligge efter starten.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Skriv kun korte sagsnumre/)).toBeInTheDocument();
    expect(await db.planItems.count()).toBe(0);
    await expectNoAxeViolations();

    await user.clear(screen.getByLabelText('Slutter'));
    await user.type(screen.getByLabelText('Slutter'), '11:30');
    await user.clear(refs);
    await user.type(refs, 'Sag 12{Enter}Sag 14');
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));

    const upcoming = await screen.findByRole('region', { name: 'Kommende' });
    expect(within(upcoming).getByText('Træning i tragten')).toBeInTheDocument();
    expect(within(upcoming).getByText(/Sager: Sag 12, Sag 14/)).toBeInTheDocument();
    expect((await db.planItems.toArray())[0]).toMatchObject({
      startTime: '09:00',
      endTime: '11:30',
      kind: 'training',
      status: 'planned',
      caseRefs: ['Sag 12', 'Sag 14'],
    });
    await expectNoAxeViolations();
  });

  it('refuses a CPR number among the case references', async () => {
    const { user, db } = await openAs('caseworker', '/aktivitetsplan/ny');
    await user.type(screen.getByRole('textbox', { name: 'Hvad skal der ske?' }), 'Træning');
    await user.type(screen.getByRole('textbox', { name: /Sager til drøftelse/ }), '010203-1234');
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));
    expect(await screen.findByText(/Det ligner et CPR-nummer/)).toBeInTheDocument();
    expect(await db.planItems.count()).toBe(0);
  });

  it('folds past activities away and lists upcoming ones soonest first', async () => {
    const db = freshDb();
    await savePlanItem(db, activity('Senere', addDays(today, 10)));
    await savePlanItem(db, activity('Snart', addDays(today, 1)));
    await savePlanItem(db, activity('Sidste måned', addDays(today, -30), { status: 'done' }));
    const { user } = await openAs('caseworker', '/aktivitetsplan', { db });

    const upcoming = await screen.findByRole('region', { name: 'Kommende' });
    const titles = within(upcoming)
      .getAllByRole('link')
      .map((link) => link.querySelector('.entry-title')?.textContent);
    expect(titles).toEqual(['Snart', 'Senere']);
    const past = screen.getByText('Tidligere (1)');
    expect(screen.getByText('Sidste måned')).not.toBeVisible();
    await user.click(past);
    expect(screen.getByText('Sidste måned')).toBeVisible();
    expect(screen.getByText('Holdt')).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('shows one week at a time, Monday first, with previous and next week', async () => {
    const db = freshDb();
    const monday = mondayOf(today);
    await savePlanItem(db, activity('Onsdagsmøde', addDays(monday, 2), { startTime: '10:00' }));
    await savePlanItem(db, activity('Næste uges møde', addDays(monday, 7)));
    const { user } = await openAs('caseworker', '/aktivitetsplan', { db });

    await user.click(await screen.findByRole('button', { name: 'Uge' }));
    expect(screen.getByRole('button', { name: 'Uge' })).toHaveAttribute('aria-pressed', 'true');
    const { week, year } = isoWeekOf(monday);
    expect(screen.getByRole('heading', { name: `Uge ${week}, ${year}` })).toBeInTheDocument();
    const days = screen.getAllByRole('heading', { level: 3 });
    expect(days).toHaveLength(7);
    expect(days[0]?.textContent).toMatch(/^mandag/);
    expect(days[6]?.textContent).toMatch(/^søndag/);
    expect(screen.getByText('Onsdagsmøde')).toBeInTheDocument();
    expect(screen.queryByText('Næste uges møde')).not.toBeInTheDocument();
    await expectNoAxeViolations();

    await user.click(screen.getByRole('button', { name: 'Næste uge' }));
    const next = isoWeekOf(addDays(monday, 7));
    expect(
      await screen.findByRole('heading', { name: `Uge ${next.week}, ${next.year}` }),
    ).toBeInTheDocument();
    expect(screen.getByText('Næste uges møde')).toBeInTheDocument();
    expect(screen.getByText('Hele dagen', { exact: false })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Forrige uge' }));
    await user.click(screen.getByRole('button', { name: 'Forrige uge' }));
    const previous = isoWeekOf(addDays(monday, -7));
    expect(
      await screen.findByRole('heading', { name: `Uge ${previous.week}, ${previous.year}` }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Intet planlagt')).toHaveLength(7);
    await user.click(screen.getByRole('button', { name: 'Denne uge' }));
    expect(await screen.findByText('Onsdagsmøde')).toBeInTheDocument();
  });

  it('writes times the Danish way in the list and the week, and keeps HH:MM in the form', async () => {
    const db = freshDb();
    const item = await savePlanItem(
      db,
      activity('Træning', today, { startTime: '09:05', endTime: '11:30' }),
    );
    const { user } = await openAs('caseworker', '/aktivitetsplan', { db });
    expect(await screen.findByText(/09\.05–11\.30/)).toBeInTheDocument();
    expect(screen.queryByText(/09:05/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Uge' }));
    expect(await screen.findByText(/09\.05–11\.30/)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /Træning/ }));
    expect(await screen.findByLabelText(/^Starter/)).toHaveValue('09:05');
    expect(screen.getByLabelText('Slutter')).toHaveValue('11:30');
    expect((await db.planItems.get(item.id))?.startTime).toBe('09:05');
  });

  it('edits only what changed and deletes after asking', async () => {
    const db = freshDb();
    const item = await savePlanItem(
      db,
      activity('Erfaringsmøde', addDays(today, 3), { kind: 'experience', startTime: '13:00' }),
    );
    const { user } = await openAs('contact', `/aktivitetsplan/${item.id}`, { db });
    await screen.findByRole('heading', { level: 1, name: 'Ret aktivitet' });
    expect(screen.queryByRole('textbox', { name: /Sager til drøftelse/ })).not.toBeInTheDocument();

    const before = await db.outbox.count();
    await user.click(screen.getByRole('radio', { name: 'Aflyst' }));
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));
    await screen.findByRole('heading', { level: 1, name: 'Aktivitetsplan' });
    const entries = await db.outbox.toArray();
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)?.fields).toEqual({ status: 'cancelled' });
    expect(await screen.findByText('Aflyst')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /Erfaringsmøde/ }));
    // A time set by mistake can be taken away again: the activity becomes all day.
    await user.clear(await screen.findByLabelText(/^Starter/));
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));
    await screen.findByRole('heading', { level: 1, name: 'Aktivitetsplan' });
    await waitFor(async () => expect((await db.planItems.get(item.id))?.startTime).toBe(''));
    expect(await screen.findByText(/Hele dagen/)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /Erfaringsmøde/ }));
    await user.click(await screen.findByRole('button', { name: 'Slet aktivitet' }));
    await expectNoAxeViolations();
    await user.click(screen.getByRole('button', { name: 'Ja, slet den' }));
    await screen.findByRole('heading', { level: 1, name: 'Aktivitetsplan' });
    await waitFor(async () => expect((await db.planItems.get(item.id))?._deleted).toBe(true));
  });
});
