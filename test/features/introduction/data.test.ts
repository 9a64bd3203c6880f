import { decodeHlc } from '@/lib/hlc';
import { acceptDeclaration, loadDeclaration } from '@/features/introduction/data/declarations';
import { loadIntroduction, setIntroItemDone } from '@/features/introduction/data/intro-progress';
import { freshDb } from '../../helpers/db';
import {
  joinAsVolunteer,
  putInstitution,
  putIntroItems,
  putProgress,
  VOLUNTEER_ID,
} from './fixtures';

async function setUp() {
  const db = freshDb();
  await joinAsVolunteer(db);
  await putInstitution(db, { requiresConfidentiality: true, confidentialityText: 'Tavshed.' });
  const items = await putIntroItems(db, ['Rundvisning', 'Forsikring']);
  return { db, itemId: items[0]!.id };
}

const live = <T extends { _deleted?: true }>(rows: T[]) => rows.filter((row) => !row._deleted);

describe('introduction data', () => {
  it('makes one progress row however fast the taps come', async () => {
    const { db, itemId } = await setUp();
    await Promise.all([setIntroItemDone(db, itemId, true), setIntroItemDone(db, itemId, true)]);
    const rows = live(await db.introProgress.toArray());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ itemId, volunteerId: VOLUNTEER_ID });
  });

  it('ticks on a row that already exists for the item instead of making another', async () => {
    const { db, itemId } = await setUp();
    const existing = await putProgress(db, { itemId });
    await setIntroItemDone(db, itemId, true, 5_000);
    expect(live(await db.introProgress.toArray())).toEqual([
      expect.objectContaining({ id: existing.id, doneAt: 5_000 }),
    ]);
  });

  it('unticks every unconfirmed row another phone made, and never a confirmed one', async () => {
    const { db, itemId } = await setUp();
    const a = await putProgress(db, { itemId, doneAt: 1_000 });
    const b = await putProgress(db, { itemId, doneAt: 2_000 });
    const confirmed = await putProgress(db, { itemId, doneAt: 1_000, confirmedAt: 3_000 });

    await setIntroItemDone(db, itemId, false);

    expect(live(await db.introProgress.toArray()).map((row) => row.id)).toEqual([confirmed.id]);
    const deletes = (await db.outbox.toArray()).filter((entry) => entry.op === 'delete');
    expect(deletes.map((entry) => entry.key).sort()).toEqual([a.id, b.id].sort());
    const [step] = (await loadIntroduction(db)).steps;
    expect(step).toMatchObject({ confirmedAt: 3_000 });
  });

  it('keeps one declaration row and stamps each acceptance after the text it accepts', async () => {
    const { db } = await setUp();
    // The text came from a phone whose clock runs a minute ahead of ours.
    const ahead = Date.now() + 60_000;
    await putInstitution(
      db,
      { requiresConfidentiality: true, confidentialityText: 'Ny tekst.' },
      ahead,
    );

    await acceptDeclaration(db);
    await acceptDeclaration(db);

    const rows = await db.declarations.toArray();
    expect(rows).toHaveLength(1);
    expect(decodeHlc(rows[0]!._hlc.acceptedAt!)!.millis).toBeGreaterThanOrEqual(ahead);
    expect((await loadDeclaration(db)).declaration?.id).toBe(rows[0]!.id);
  });
});
