import { screen, within } from '@testing-library/react';
import { freshDb } from '../../helpers/db';
import { renderApp, signInAs } from '../../helpers/render-app';
import { giveListASize } from '../../helpers/virtual-list';
import { seedEntry } from './helpers';

vi.setConfig({ testTimeout: 20_000 });
const SLOW = { timeout: 5000 };
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 10).getTime();

async function withLogbook() {
  const db = freshDb();
  await signInAs(db, 'caseworker', 'Lene');
  const question = await seedEntry(db, {
    kind: 'question',
    text: 'Hvordan holder jeg høringen kort?',
    tags: ['Retssikkerhed'],
    createdAt: day(2026, 11, 20),
  });
  await seedEntry(db, {
    kind: 'good',
    text: 'Borgerens ressourcer kom frem, da datteren var med',
    tags: ['Borgerens ressourcer'],
    createdAt: day(2026, 11, 2),
  });
  await seedEntry(db, {
    kind: 'difficulty',
    text: 'Svært at forklare tragtmodellen på ældreområdet',
    tags: ['Tragtmodellen'],
    createdAt: day(2026, 10, 5),
  });
  return { db, question };
}

function rows() {
  const region = screen.getByRole('region', { name: 'Din logbog' });
  return within(region)
    .queryAllByRole('link')
    .map((link) => link.textContent);
}

describe('logbook screen', () => {
  beforeEach(() => giveListASize());
  afterEach(() => vi.restoreAllMocks());

  it('searches word stems and æ, ø, å words offline', async () => {
    const { db } = await withLogbook();
    const { user } = await renderApp('/logbog', { db });
    expect(await screen.findByText('3 noter', {}, SLOW)).toBeInTheDocument();

    const search = screen.getByRole('searchbox', { name: 'Søg i dine noter' });
    await user.type(search, 'høringer');
    expect(await screen.findByText('1 af 3 noter passer')).toBeInTheDocument();
    expect(rows()).toEqual([expect.stringContaining('høringen kort')]);

    await user.clear(search);
    await user.type(search, 'ÆLDRE');
    expect(await screen.findByText('1 af 3 noter passer')).toBeInTheDocument();
    expect(rows()).toEqual([expect.stringContaining('tragtmodellen')]);

    await user.clear(search);
    await user.type(search, 'ressource');
    await vi.waitFor(() => expect(rows()).toEqual([expect.stringContaining('datteren')]));

    await user.clear(search);
    await user.type(search, 'kat');
    expect(await screen.findByText('Ingen noter passer til søgningen.')).toBeInTheDocument();
  });

  it('filters by kind, topic and period', async () => {
    const { db } = await withLogbook();
    const { user } = await renderApp('/logbog', { db });
    await screen.findByText('3 noter', {}, SLOW);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Slags' }), 'question');
    expect(await screen.findByText('1 af 3 noter passer')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Slags' }), '');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Emne' }), 'Tragtmodellen');
    await vi.waitFor(() => expect(rows()).toEqual([expect.stringContaining('tragtmodellen')]));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Emne' }), '');

    await user.type(screen.getByLabelText('Fra dato'), '2026-11-01');
    expect(await screen.findByText('2 af 3 noter passer')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Til dato'), '2026-11-10');
    expect(await screen.findByText('1 af 3 noter passer')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nulstil søgning' }));
    expect(await screen.findByText('3 noter')).toBeInTheDocument();
  });

  it('downloads the logbook as Markdown', async () => {
    const { db } = await withLogbook();
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((made: Blob) => {
      blob = made;
      return 'blob:logbog';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await renderApp('/logbog', { db });
    await user.click(await screen.findByRole('button', { name: 'Hent som Markdown-fil' }, SLOW));
    expect(click).toHaveBeenCalled();
    const text = await blob!.text();
    expect(text).toContain('# Min logbog');
    expect(text).toContain('## Et spørgsmål, 20. nov. 2026');
    expect(text).toContain('Emner: Retssikkerhed');
  });

  it('shows a printable page without the app frame controls', async () => {
    const { db } = await withLogbook();
    const print = vi.fn();
    window.print = print;
    const { user } = await renderApp('/logbog', { db });
    await user.click(await screen.findByRole('link', { name: 'Vis til udskrift' }, SLOW));
    expect(
      await screen.findByRole('heading', { name: 'Min logbog', level: 1 }, SLOW),
    ).toBeInTheDocument();
    expect(await screen.findAllByRole('article')).toHaveLength(3);
    expect(screen.getByText('Emner: Tragtmodellen')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Udskriv' }));
    expect(print).toHaveBeenCalled();
  });
});

describe('one note', () => {
  it('is edited and deleted', async () => {
    const { db, question } = await withLogbook();
    const { user } = await renderApp(`/logbog/${question.id}`, { db });
    const text = await screen.findByRole('textbox', { name: 'Din note' }, SLOW);
    expect(text).toHaveValue('Hvordan holder jeg høringen kort?');
    expect(screen.getByRole('checkbox', { name: 'Retssikkerhed' })).toBeChecked();
    await user.clear(text);
    await user.type(text, 'Hvordan holder jeg partshøringen kort?');
    await user.click(screen.getByRole('checkbox', { name: 'Grundig vejledning' }));
    await user.click(screen.getByRole('button', { name: 'Gem ændringen' }));
    expect(await screen.findByText('Ændringen er gemt på telefonen.')).toBeInTheDocument();
    expect(await db.logbookEntries.get(question.id)).toMatchObject({
      text: 'Hvordan holder jeg partshøringen kort?',
      tags: ['Retssikkerhed', 'Grundig vejledning'],
      kind: 'question',
    });

    await user.click(screen.getByRole('button', { name: 'Slet noten' }));
    await user.click(screen.getByRole('button', { name: 'Ja, slet den' }));
    expect(await screen.findByText('2 noter', {}, SLOW)).toBeInTheDocument();
    expect(await db.logbookEntries.get(question.id)).toMatchObject({ _deleted: true });
  });

  it('is shared without a name: the copy carries no author', async () => {
    const { db, question } = await withLogbook();
    const { user } = await renderApp(`/logbog/${question.id}`, { db });
    await user.click(await screen.findByRole('radio', { name: 'Uden navn' }, SLOW));
    await user.click(screen.getByRole('button', { name: 'Del noten' }));
    expect(await screen.findByText(/Delt .* uden navn\./)).toBeInTheDocument();

    const [copy] = await db.sharedEntries.toArray();
    expect(copy).toMatchObject({ kind: 'question', text: question.text, tags: ['Retssikkerhed'] });
    expect(copy).not.toHaveProperty('authorName');
    // Nothing that syncs ties the author's own entry to the copy: the link stays on the phone.
    const entry = await db.logbookEntries.get(question.id);
    expect(entry).not.toHaveProperty('sharedEntryId');
    expect(entry).not.toHaveProperty('sharedAt');
    const outbox = await db.outbox.toArray();
    const ofTable = (table: string) => JSON.stringify(outbox.filter((c) => c.table === table));
    expect(ofTable('sharedEntries')).not.toContain('Lene');
    expect(ofTable('logbookEntries')).not.toContain(copy!.id);
    expect(ofTable('logbookEntries')).not.toContain('sharedAt');
    expect(screen.getByText('Der er ikke kommet svar endnu.')).toBeInTheDocument();

    // The contact person's answer arrives on the shared copy (by sync).
    await db.sharedEntries.update(copy!.id, {
      answer: 'Sig formålet først, så spørgsmålene.',
      answeredAt: day(2026, 11, 24),
      answeredBy: 'Jonas',
    });
    expect(await screen.findByText('Sig formålet først, så spørgsmålene.')).toBeInTheDocument();
    expect(screen.getByText(/^Jonas, 24\. nov\. 2026/)).toBeInTheDocument();
  });

  it('is shared with the caseworker’s name when chosen', async () => {
    const { db, question } = await withLogbook();
    const { user } = await renderApp(`/logbog/${question.id}`, { db });
    await user.click(await screen.findByRole('radio', { name: 'Med mit navn (Lene)' }, SLOW));
    await user.click(screen.getByRole('button', { name: 'Del noten' }));
    expect(await screen.findByText(/Delt .* med dit navn\./)).toBeInTheDocument();
    expect((await db.sharedEntries.toArray())[0]).toMatchObject({ authorName: 'Lene' });
    expect(await db.logbookEntries.get(question.id)).toMatchObject({ sharedAnonymously: false });
  });
});
