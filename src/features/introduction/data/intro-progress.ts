/**
 * The introduction checklist and the volunteer's ticks. Every write goes through `mutate()`.
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { IntroProgress } from '@/db/schema';
import { buildIntroSteps, isMine, primaryProgressRow, type IntroStep } from '../model';
import { loadVolunteerPlace, type VolunteerPlace } from './context';

/** The checklist with progress; `steps` is empty when the contact person has made none yet. */
export type Introduction = VolunteerPlace & { steps: IntroStep[] };

async function progressRows(
  db: SamspilDb,
  institutionId: string,
  volunteerId: string | undefined,
): Promise<IntroProgress[]> {
  const rows = await db.introProgress.where('institutionId').equals(institutionId).toArray();
  return rows.filter((row) => !row._deleted && isMine(row, volunteerId));
}

/** The institution's checklist in order, with the volunteer's ticks and the confirmations. */
export async function loadIntroduction(db: SamspilDb): Promise<Introduction> {
  const place = await loadVolunteerPlace(db);
  const { institutionId, volunteerId } = place;
  if (!institutionId) return { ...place, steps: [] };
  const [items, progress] = await Promise.all([
    db.introItems.where('institutionId').equals(institutionId).toArray(),
    progressRows(db, institutionId, volunteerId),
  ]);
  const live = items.filter((item) => !item._deleted);
  return { ...place, steps: buildIntroSteps(live, progress) };
}

/**
 * Ticks (or unticks) one checklist item, durably.
 *
 * A tick writes `doneAt` to the item's progress row, or makes one: the contact person confirms
 * on that row. An untick deletes the item's unconfirmed rows (a row another phone made too);
 * a confirmed item is settled and never unticked here.
 */
export async function setIntroItemDone(
  db: SamspilDb,
  itemId: string,
  done: boolean,
  now: number = Date.now(),
): Promise<void> {
  const place = await loadVolunteerPlace(db);
  const { institutionId, volunteerId } = place;
  if (!institutionId) throw new Error('setIntroItemDone: the profile has no institution');
  // Finding the row and writing it in one transaction: two quick taps never make two rows.
  await db.transaction('rw', [db.introProgress, db.outbox, db.syncState], async () => {
    const rows = (await progressRows(db, institutionId, volunteerId)).filter(
      (row) => row.itemId === itemId,
    );
    if (!done) {
      for (const row of rows.filter((candidate) => !candidate.confirmedAt)) {
        await mutate(db, { table: 'introProgress', op: 'delete', key: row.id }, now);
      }
      return;
    }
    const primary = primaryProgressRow(rows);
    await mutate(
      db,
      primary
        ? { table: 'introProgress', op: 'put', key: primary.id, fields: { doneAt: now } }
        : {
            table: 'introProgress',
            op: 'put',
            fields: { ...(volunteerId ? { volunteerId } : {}), institutionId, itemId, doneAt: now },
          },
      now,
    );
  });
}
