/**
 * Logbook reads and writes. Every write goes through `mutate()`; no React here.
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { LogbookEntry } from '@/db/schema';
import type { EntryInput } from '../model';

/** Saves a new private entry durably and queues it for sync. */
export function writeEntry(db: SamspilDb, input: EntryInput, now: number = Date.now()) {
  return mutate(
    db,
    { table: 'logbookEntries', op: 'put', fields: { ...input, tags: [], createdAt: now } },
    now,
  );
}

/** Live entries, newest first; at most `limit` when given. */
export function listEntries(db: SamspilDb, limit?: number): Promise<LogbookEntry[]> {
  const query = db.logbookEntries
    .orderBy('createdAt')
    .reverse()
    .filter((row) => !row._deleted);
  return limit === undefined ? query.toArray() : query.limit(limit).toArray();
}
