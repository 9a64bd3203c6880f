/**
 * The entries caseworkers share with the experience meeting, as the contact person sees them.
 * The contact person writes only the answer fields; every write goes through `mutate()`.
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { SharedEntry } from '@/db/schema';

/** Live shared entries between `start` and `end` (millis, both included), oldest first. */
export function listSharedEntries(
  db: SamspilDb,
  start: number,
  end: number,
): Promise<SharedEntry[]> {
  return db.sharedEntries
    .where('sharedAt')
    .between(start, end, true, true)
    .filter((row) => !row._deleted)
    .toArray();
}

/** One live shared entry, or `undefined`. */
export async function getSharedEntry(db: SamspilDb, id: string): Promise<SharedEntry | undefined> {
  const row = await db.sharedEntries.get(id);
  return row && !row._deleted ? row : undefined;
}

/** Answers a shared question; the asker sees it after the next sync. */
export function answerQuestion(
  db: SamspilDb,
  id: string,
  input: { answer: string; answeredBy: string },
  now: number = Date.now(),
): Promise<SharedEntry> {
  return mutate(
    db,
    {
      table: 'sharedEntries',
      op: 'put',
      key: id,
      fields: { answer: input.answer, answeredBy: input.answeredBy, answeredAt: now },
    },
    now,
  );
}
