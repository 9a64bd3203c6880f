import { screen, waitFor, within } from '@testing-library/react';
import { PLAN_TEMPLATES } from '@/content/plan-templates';
import { createChecklist } from '@/features/plan/data/checklists';
import { freshDb } from '../../helpers/db';
import { expectNoAxeViolations, openAs } from './helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('checklists', () => {
  it('lets a contact person create the preparation checklist from its template', async () => {
    const { user, db } = await openAs('contact', '/tjeklister');
    expect(await screen.findByText('Teamet har ingen tjeklister endnu.')).toBeInTheDocument();
    await expectNoAxeViolations();

    expect(screen.getByRole('radio', { name: 'Forberedelse' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Listens navn' })).toHaveValue('Forberedelse');
    await user.click(screen.getByRole('button', { name: 'Opret tjekliste' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Forberedelse' }),
    ).toBeInTheDocument();
    const boxes = await screen.findAllByRole('checkbox');
    expect(boxes).toHaveLength(5);
    expect(screen.getByText('0 af 5')).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: '0 af 5 punkter er klaret' }),
    ).toBeInTheDocument();
    // One checklist row and five item rows, each with its outbox entry.
    expect(await db.checklists.count()).toBe(1);
    expect(await db.checklistItems.count()).toBe(5);
    expect(await db.outbox.where('table').equals('checklistItems').count()).toBe(5);
    const list = (await db.checklists.toArray())[0];
    expect(list).toMatchObject({ title: 'Forberedelse', template: 'preparation' });
  });

  it('ticks an item with who and when, and counts it', async () => {
    const db = freshDb();
    const list = await createChecklist(db, {
      title: 'Indførelse',
      template: 'implementation',
      items: PLAN_TEMPLATES.da.implementation.items,
    });
    const { user } = await openAs('caseworker', `/tjeklister/${list.id}`, { db, name: 'Lene' });
    const first = PLAN_TEMPLATES.da.implementation.items[0] ?? '';

    await user.click(await screen.findByRole('checkbox', { name: first }));
    expect(await screen.findByText(/^Klaret af Lene,/)).toBeInTheDocument();
    expect(screen.getByText('1 af 7')).toBeInTheDocument();
    expect(await screen.findByText('Gemt på telefonen.')).toBeInTheDocument();
    const [item] = await db.checklistItems.where('checklistId').equals(list.id).sortBy('position');
    expect(item).toMatchObject({ done: true, doneBy: 'Lene' });
    expect(item?.doneAt).toEqual(expect.any(Number));

    // A caseworker ticks and writes notes but does not edit the list.
    expect(screen.queryByRole('button', { name: 'Ret listen' })).not.toBeInTheDocument();
    await expectNoAxeViolations();

    await user.click(screen.getByRole('checkbox', { name: first }));
    await waitFor(() => expect(screen.getByText('0 af 7')).toBeInTheDocument());
    expect(screen.queryByText(/^Klaret af/)).not.toBeInTheDocument();
  });

  it('writes a note per item, refuses a CPR number, and shows progress on the list', async () => {
    const db = freshDb();
    const list = await createChecklist(db, {
      title: 'Egen liste',
      template: '',
      items: ['Book lokale', 'Send invitation'],
    });
    const { user } = await openAs('caseworker', `/tjeklister/${list.id}`, { db });

    await user.click(await screen.findByRole('button', { name: 'Skriv en note: Send invitation' }));
    const note = screen.getByRole('textbox', { name: 'Note til: Send invitation' });
    await user.type(note, 'Om 010203-1234');
    await user.click(screen.getByRole('button', { name: 'Gem noten' }));
    expect(await screen.findByText(/Det ligner et CPR-nummer/)).toBeInTheDocument();
    expect((await db.checklistItems.toArray()).some((i) => i.note)).toBe(false);

    await user.clear(note);
    await user.type(note, 'Sendt til teamet mandag');
    await user.click(screen.getByRole('button', { name: 'Gem noten' }));
    expect(
      await screen.findByRole('button', { name: 'Ret noten: Send invitation' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Sendt til teamet mandag')).toBeInTheDocument();
    expect((await db.checklistItems.toArray()).find((i) => i.note)).toMatchObject({
      text: 'Send invitation',
      note: 'Sendt til teamet mandag',
      done: false,
    });

    await user.click(screen.getByRole('checkbox', { name: 'Book lokale' }));
    await user.click(screen.getByRole('link', { name: 'Alle tjeklister' }));
    const row = (await screen.findByRole('link', { name: 'Egen liste' })).closest('li');
    expect(within(row as HTMLElement).getByText('1 af 2')).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('lets a contact person add, change, reorder and delete items', async () => {
    const db = freshDb();
    const list = await createChecklist(db, {
      title: 'Egen liste',
      template: '',
      items: ['Første', 'Anden'],
    });
    const { user } = await openAs('contact', `/tjeklister/${list.id}`, { db });

    await user.click(await screen.findByRole('button', { name: 'Ret listen' }));
    await expectNoAxeViolations();
    await user.type(screen.getByRole('textbox', { name: 'Nyt punkt' }), 'Tredje');
    await user.click(screen.getByRole('button', { name: 'Tilføj punkt' }));
    expect(await screen.findByRole('textbox', { name: 'Punkt 3' })).toHaveValue('Tredje');

    await user.click(screen.getByRole('button', { name: 'Flyt punkt 3 op' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Punkt 2' })).toHaveValue('Tredje'),
    );

    const first = screen.getByRole('textbox', { name: 'Punkt 1' });
    await user.clear(first);
    await user.type(first, 'Første, rettet');
    await user.click(screen.getByRole('button', { name: 'Gem punkt 1' }));
    await user.click(screen.getByRole('button', { name: 'Slet punkt 3' }));
    await waitFor(() =>
      expect(screen.queryByRole('textbox', { name: 'Punkt 3' })).not.toBeInTheDocument(),
    );

    await user.click(screen.getByRole('button', { name: 'Færdig' }));
    const boxes = await screen.findAllByRole('checkbox');
    expect(boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'Første, rettet',
      'Tredje',
    ]);
  });

  it('deletes a whole checklist after asking', async () => {
    const db = freshDb();
    const list = await createChecklist(db, { title: 'Væk', template: '', items: ['a', 'b'] });
    const { user } = await openAs('contact', `/tjeklister/${list.id}`, { db });
    await user.click(await screen.findByRole('button', { name: 'Ret listen' }));
    await user.click(screen.getByRole('button', { name: 'Slet tjeklisten' }));
    await user.click(screen.getByRole('button', { name: 'Ja, slet den' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tjeklister' }),
    ).toBeInTheDocument();
    expect((await db.checklists.get(list.id))?._deleted).toBe(true);
    expect((await db.checklistItems.toArray()).every((item) => item._deleted)).toBe(true);
  });

  it('creates a custom checklist with the name the contact person writes', async () => {
    const { user, db } = await openAs('contact', '/tjeklister');
    await user.click(await screen.findByRole('radio', { name: 'Din egen liste' }));
    const title = screen.getByRole('textbox', { name: 'Listens navn' });
    expect(title).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Opret tjekliste' }));
    expect(await screen.findByText('Giv listen et navn.')).toBeInTheDocument();
    await user.type(title, 'Erfaringsmøde i januar');
    await user.click(screen.getByRole('button', { name: 'Opret tjekliste' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Erfaringsmøde i januar' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Listen har ingen punkter endnu.')).toBeInTheDocument();
    expect((await db.checklists.toArray())[0]).toMatchObject({ template: '' });
  });

  it('refuses a CPR number in a new item', async () => {
    const db = freshDb();
    const list = await createChecklist(db, { title: 'Egen', template: '', items: [] });
    const { user } = await openAs('contact', `/tjeklister/${list.id}`, { db });
    await user.click(await screen.findByRole('button', { name: 'Ret listen' }));
    await user.type(screen.getByRole('textbox', { name: 'Nyt punkt' }), 'Ring til 0102031234');
    await user.click(screen.getByRole('button', { name: 'Tilføj punkt' }));
    expect(await screen.findByText(/Det ligner et CPR-nummer/)).toBeInTheDocument();
    expect(await db.checklistItems.count()).toBe(0);
  });

  it('links to the activity plan from the contact person home', async () => {
    const { user } = await openAs('contact', '/');
    await user.click(await screen.findByRole('link', { name: 'Aktivitetsplan' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Aktivitetsplan' }),
    ).toBeInTheDocument();
  });

  it('links to checklists and the plan from the caseworker home', async () => {
    const { user } = await openAs('caseworker', '/');
    await user.click(await screen.findByRole('link', { name: 'Tjeklister' }));
    expect(await screen.findByText(/Din kontaktperson opretter dem/)).toBeInTheDocument();
  });
});
