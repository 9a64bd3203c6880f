import { screen } from '@testing-library/react';
import { freshDb } from '../../helpers/db';
import { renderApp, signInAs } from '../../helpers/render-app';
import { giveListASize } from '../../helpers/virtual-list';
import { seedEntry } from './helpers';
import { expectNoAxeViolations } from '../../helpers/axe';

vi.setConfig({ testTimeout: 30_000 });
const SLOW = { timeout: 5000 };

async function withEntries() {
  const db = freshDb();
  await signInAs(db, 'caseworker', 'Lene');
  const entry = await seedEntry(db, {
    kind: 'question',
    text: 'Hvornår skal jeg tilbyde en bisidder?',
    tags: ['Retssikkerhed', 'Bisidder'],
  });
  await seedEntry(db, { text: 'Åbne spørgsmål virkede', createdAt: Date.now() - 86_400_000 });
  await db.checkIns.put({
    id: crypto.randomUUID(),
    _hlc: {},
    week: '2026-W40',
    methodGoing: 3,
    confidence: 2,
  });
  await db.teamCheckIns.put({
    id: crypto.randomUUID(),
    _hlc: {},
    teamId: 't',
    week: '2026-W40',
    answers: 5,
    methodGoing: 3.4,
    confidence: 3,
  });
  return { db, entry };
}

describe('accessibility of the logbook screens (axe)', () => {
  beforeEach(() => giveListASize());
  afterEach(() => vi.restoreAllMocks());

  it('caseworker home with notes, check-in, curve and team average', async () => {
    const { db } = await withEntries();
    await renderApp('/', { db });
    await screen.findByRole('table', { name: 'Teamets gennemsnit' }, SLOW);
    await screen.findByRole('table', { name: 'Din kurve uge for uge' });
    await expectNoAxeViolations();
  });

  it('the logbook list with search and filters', async () => {
    const { db } = await withEntries();
    const { user } = await renderApp('/logbog', { db });
    await screen.findByText('2 noter', {}, SLOW);
    await expectNoAxeViolations();
    await user.type(screen.getByRole('searchbox'), 'bisidder');
    await screen.findByText('1 af 2 noter passer');
    await expectNoAxeViolations();
  });

  it('an empty logbook', async () => {
    await renderApp('/logbog', { role: 'caseworker' });
    await screen.findByText('Logbogen er tom.', {}, SLOW);
    await expectNoAxeViolations();
  });

  it('one note: edit, share choice, delete question', async () => {
    const { db, entry } = await withEntries();
    const { user } = await renderApp(`/logbog/${entry.id}`, { db });
    await screen.findByRole('radio', { name: 'Uden navn' }, SLOW);
    await expectNoAxeViolations();
    await user.click(screen.getByRole('button', { name: 'Slet noten' }));
    await expectNoAxeViolations();
  });

  it('the printable page', async () => {
    const { db } = await withEntries();
    await renderApp('/logbog/udskriv', { db });
    await screen.findAllByRole('article', {}, SLOW);
    await expectNoAxeViolations();
  });
});
