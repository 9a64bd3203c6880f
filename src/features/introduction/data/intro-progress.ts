/**
 * The introduction checklist and the volunteer's ticks. Every write goes through `mutate()`.
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { IntroProgress } from '@/db/schema';
import { buildIntroSteps, isMine, NOT_DONE, primaryProgressRow, type IntroStep } from '../model';
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
 * Writes to the item's existing progress row when there is one, so the contact person's
 * confirmation stays on the same row; an untick also clears any duplicate row another phone made.
 */
export async function setIntroItemDone(
  db: SamspilDb,
  itemId: string,
  done: boolean,
  now: number = Date.now(),
): Promise<void> {
  const place = await loadVolunteerPlace(db);
  const institutionId = place.institutionId;
  if (!institutionId) throw new Error('setIntroItemDone: the profile has no institution');
  // Finding the row and writing it in one transaction: two quick taps never make two rows.
  await db.transaction('rw', [db.introProgress, db.outbox, db.syncState], async () => {
    const rows = (await progressRows(db, institutionId, place.volunteerId)).filter(
      (row) => row.itemId === itemId,
    );
    const doneAt = done ? now : NOT_DONE;
    const primary = primaryProgressRow(rows);
    const targets = done ? [primary] : rows.filter((row) => (row.doneAt ?? NOT_DONE) > NOT_DONE);
    if (!done && targets.length === 0) return;
    for (const row of targets) {
      await mutate(
        db,
        {
          table: 'introProgress',
          op: 'put',
          ...(row ? { key: row.id } : {}),
          fields: row
            ? { doneAt }
            : {
                ...(place.volunteerId ? { volunteerId: place.volunteerId } : {}),
                institutionId,
                itemId,
                doneAt,
              },
        },
        now,
      );
    }
  });
}
