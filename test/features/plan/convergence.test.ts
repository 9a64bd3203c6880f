// Two phones tick the same checklist item offline; after sync both hold the same item. Against the
// real sync server (SQLite, in-process): nothing mocked.
import { PLAN_TEMPLATES } from '@/content/plan-templates';
import type { SamspilDb } from '@/db/database';
import { joinWithCode } from '@/features/account/data/join';
import {
  createChecklist,
  readChecklist,
  tickItem,
  writeNote,
} from '@/features/plan/data/checklists';
import { fetchTransport, runSync } from '@/sync';
import { freshDb } from '../../helpers/db';
import { startTestServer, type TestServer } from '../../helpers/server';

vi.setConfig({ testTimeout: 30_000 });

let server: TestServer;
const dbs: SamspilDb[] = [];

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

async function phone(role: 'caseworker' | 'contact', displayName: string) {
  const db = freshDb();
  dbs.push(db);
  const joined = await joinWithCode(db, { code: server.code(role), displayName }, server.fetch);
  if (!joined.ok) throw new Error(`join failed: ${joined.problem}`);
  return db;
}

const sync = (db: SamspilDb) => runSync(db, fetchTransport('', server.fetch));

/** The domain fields of a checklist's items, in order. */
async function itemsOf(db: SamspilDb, checklistId: string) {
  const read = await readChecklist(db, checklistId);
  return read?.items.map(({ text, position, done, doneBy, doneAt, note }) => ({
    text,
    position,
    done,
    doneBy,
    doneAt,
    note,
  }));
}

describe('ticking the same checklist on two phones', () => {
  it('writes done, who and when as one change, and the note on its own', async () => {
    const jonas = await phone('contact', 'Jonas');
    const list = await createChecklist(jonas, {
      title: 'Forberedelse',
      template: 'preparation',
      items: PLAN_TEMPLATES.da.preparation.items,
    });
    const [first] = (await readChecklist(jonas, list.id))?.items ?? [];
    await jonas.outbox.clear();

    await tickItem(jonas, first?.id ?? '', true, 'Jonas', 1_000);
    await writeNote(jonas, first?.id ?? '', 'Aftalt med lederen', 2_000);
    const entries = await jonas.outbox.toArray();
    expect(entries.map((entry) => Object.keys(entry.fields).sort())).toEqual([
      ['done', 'doneAt', 'doneBy'],
      ['note'],
    ]);
  });

  it('converges after both tick offline, keeping the later tick whole and the note', async () => {
    const jonas = await phone('contact', 'Jonas');
    const lene = await phone('caseworker', 'Lene');
    const list = await createChecklist(jonas, {
      title: 'Forberedelse',
      template: 'preparation',
      items: PLAN_TEMPLATES.da.preparation.items,
      teamId: (await jonas.profile.toArray())[0]?.teamId,
    });
    const firstId = (await readChecklist(jonas, list.id))?.items[0]?.id ?? '';
    await writeNote(jonas, firstId, 'Første udkast');
    await sync(jonas);
    await sync(lene);
    const items = (await readChecklist(lene, list.id))?.items ?? [];
    // Lene's phone holds the old note: a whole-row write from it would bring that note back.
    expect(items[0]?.note).toBe('Første udkast');
    expect(items).toHaveLength(5);
    const [first, second] = items;
    const now = Date.now() + 1_000;

    // Offline: both tick the first item (Lene a little later); Jonas notes it; Lene unticks the
    // second after Jonas ticked it.
    await tickItem(jonas, first?.id ?? '', true, 'Jonas', now);
    await writeNote(jonas, first?.id ?? '', 'Aftalt med lederen', now + 10);
    await tickItem(lene, first?.id ?? '', true, 'Lene', now + 1_000);
    await tickItem(jonas, second?.id ?? '', true, 'Jonas', now + 20);
    await tickItem(lene, second?.id ?? '', false, 'Lene', now + 2_000);

    await sync(lene);
    await sync(jonas);
    await sync(lene);

    const onJonas = await itemsOf(jonas, list.id);
    const onLene = await itemsOf(lene, list.id);
    expect(onJonas).toEqual(onLene);
    expect(onJonas?.[0]).toMatchObject({
      done: true,
      doneBy: 'Lene',
      doneAt: now + 1_000,
      note: 'Aftalt med lederen',
    });
    expect(onJonas?.[1]).toMatchObject({ done: false, doneBy: 'Lene', doneAt: now + 2_000 });
    expect(onJonas?.slice(2).every((item) => !item.done)).toBe(true);
  });
});
