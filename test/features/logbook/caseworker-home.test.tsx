import { screen, within } from '@testing-library/react';
import { mutate } from '@/db/mutate';
import { isoWeekKey, todayIso } from '@/lib/dates';
import { freshDb } from '../../helpers/db';
import { expectNoAxeViolations } from '../../helpers/axe';
import { expectTitleNotRepeated } from '../../helpers/headings';
import { renderApp, signInAs } from '../../helpers/render-app';
import { seedEntry } from './helpers';

vi.setConfig({ testTimeout: 20_000 });

// The first render loads the lazy home chunk.
const SLOW = { timeout: 5000 };

describe('caseworker home', () => {
  it('saves a private question and shows it in the logbook', async () => {
    const { user, db } = await renderApp('/', { role: 'caseworker' });

    await user.click(await screen.findByRole('radio', { name: 'Et spørgsmål' }, SLOW));
    await user.type(
      screen.getByRole('textbox', { name: 'Din note' }),
      'Hvordan bruger jeg tragten?',
    );
    await user.click(screen.getByRole('button', { name: 'Gem note' }));

    expect(await screen.findByText('Noten er gemt på telefonen.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Din note' })).toHaveValue('');
    const recent = screen.getByRole('region', { name: 'Seneste noter' });
    expect(await within(recent).findByText('Hvordan bruger jeg tragten?')).toBeInTheDocument();
    expect((await db.logbookEntries.toArray())[0]).toMatchObject({ kind: 'question', tags: [] });

    await user.click(screen.getByRole('link', { name: 'Logbog' }));
    expect(await screen.findByText('1 note')).toBeInTheDocument();
  });

  it('asks for text before saving', async () => {
    const { user, db } = await renderApp('/', { role: 'caseworker' });
    await user.click(await screen.findByRole('button', { name: 'Gem note' }, SLOW));
    expect(await screen.findByText('Skriv noten først.')).toBeInTheDocument();
    expect(await db.logbookEntries.count()).toBe(0);
  });

  it('never saves a CPR number and says why', async () => {
    const { user, db } = await renderApp('/', { role: 'caseworker' });
    const text = await screen.findByRole('textbox', { name: 'Din note' });
    expect(text).toHaveAccessibleDescription(/CPR-nummer/);
    await user.type(text, 'Besøg hos 010203-1234');
    await user.click(screen.getByRole('button', { name: 'Gem note' }));
    expect(await screen.findByText(/Det ligner et CPR-nummer/)).toBeInTheDocument();
    expect(text).toHaveValue('Besøg hos 010203-1234');
    expect(await db.logbookEntries.count()).toBe(0);
  });

  it('tags a note with a principle and an own topic, offered again next time', async () => {
    const { user, db } = await renderApp('/', { role: 'caseworker' });
    await user.click(await screen.findByRole('checkbox', { name: 'Tragtmodellen' }));
    await user.type(screen.getByRole('textbox', { name: 'Eget emne' }), 'Bisidder{Enter}');
    expect(screen.getByRole('checkbox', { name: 'Bisidder' })).toBeChecked();
    await user.type(screen.getByRole('textbox', { name: 'Din note' }), 'Helhedsvurderingen først');
    await user.click(screen.getByRole('button', { name: 'Gem note' }));
    await screen.findByText('Noten er gemt på telefonen.');
    expect((await db.logbookEntries.toArray())[0]?.tags).toEqual(['Tragtmodellen', 'Bisidder']);
    // Cleared for the next note, and the own topic is now a chip of its own.
    expect(screen.getByRole('checkbox', { name: 'Tragtmodellen' })).not.toBeChecked();
    expect(await screen.findByRole('checkbox', { name: 'Bisidder' })).not.toBeChecked();
  });

  it('links a note to an activity in the plan', async () => {
    const db = freshDb();
    await signInAs(db, 'caseworker', 'Lene');
    const plan = await mutate(db, {
      table: 'planItems',
      op: 'put',
      fields: {
        date: '2026-12-01',
        title: 'Træningsmøde om tragten',
        kind: 'training',
        status: 'planned',
        caseRefs: [],
      },
    });
    const { user } = await renderApp('/', { db });
    const link = await screen.findByRole('combobox', { name: /Hører noten til noget/ });
    // The activity's date the Danish way, not as the stored 2026-12-01.
    expect(
      within(link).getByRole('option', { name: '1. dec. 2026 · Træningsmøde om tragten' }),
    ).toBeInTheDocument();
    await user.selectOptions(link, `planItem:${plan.id}`);
    await user.type(screen.getByRole('textbox', { name: 'Din note' }), 'Tag sagen med');
    await user.click(screen.getByRole('button', { name: 'Gem note' }));
    await screen.findByText('Noten er gemt på telefonen.');
    expect((await db.logbookEntries.toArray())[0]).toMatchObject({ planItemId: plan.id });
    expect((await db.logbookEntries.toArray())[0]?.checklistItemId).toBeUndefined();
  });

  it('answers this week’s check-in with one tap each and edits it', async () => {
    const { user, db } = await renderApp('/', { role: 'caseworker' });
    const week = isoWeekKey(todayIso());
    const method = await screen.findByRole('group', { name: 'Hvordan går det med metoden?' });
    await user.click(within(method).getByRole('radio', { name: '4' }));
    await screen.findByText('Svaret er gemt på telefonen.');
    const confidence = screen.getByRole('group', { name: 'Hvor sikker føler jeg mig?' });
    await user.click(within(confidence).getByRole('radio', { name: '2' }));
    await user.click(within(method).getByRole('radio', { name: '5' }));
    await vi.waitFor(async () => {
      const rows = (await db.checkIns.toArray()).filter((row) => !row._deleted);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ week, methodGoing: 5, confidence: 2 });
    });
    // The curve has a table for screen readers.
    const table = await screen.findByRole('table', { name: 'Din kurve uge for uge' });
    expect(await within(table).findByRole('cell', { name: '5' })).toBeInTheDocument();
  });

  it('shows the team average only from 3 answers, with a line that says so', async () => {
    const db = freshDb();
    await signInAs(db, 'caseworker', 'Lene');
    for (const [week, answers] of [
      ['2026-W46', 4],
      ['2026-W47', 2],
    ] as const) {
      await db.teamCheckIns.put({
        id: crypto.randomUUID(),
        _hlc: {},
        teamId: 't1',
        week,
        answers,
        methodGoing: 3.5,
        confidence: 2.25,
      });
    }
    await renderApp('/', { db });
    expect(await screen.findByText(/mindst 3 har svaret/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Teamets gennemsnit' });
    expect(screen.getAllByText('Teamets gennemsnit')).toHaveLength(1);
    expect(within(table).getByRole('rowheader', { name: 'Uge 46, 2026' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '3,5' })).toBeInTheDocument();
    expect(within(table).queryByRole('rowheader', { name: 'Uge 47, 2026' })).toBeNull();
  });

  it('opens a recent note to edit it', async () => {
    const db = freshDb();
    await signInAs(db, 'caseworker', 'Lene');
    await seedEntry(db, { text: 'Hjemmebesøg gik godt' });
    const { user } = await renderApp('/', { db });
    const recent = await screen.findByRole('region', { name: 'Seneste noter' });
    await user.click(await within(recent).findByRole('link', { name: /Hjemmebesøg gik godt/ }));
    expect(await screen.findByRole('heading', { name: 'Ret note', level: 1 })).toBeInTheDocument();
    // The form is named by the page's title, not by a second "Ret note" right under it.
    expect(await screen.findByRole('form', { name: 'Ret note' })).toBeInTheDocument();
    expectTitleNotRepeated();
    await expectNoAxeViolations();
  });
});
