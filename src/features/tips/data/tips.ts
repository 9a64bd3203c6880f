/**
 * Tip reads and writes. Every write goes through `mutate()`; no React here.
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { Tip } from '@/db/schema';
import type { TipInput } from '../model';

/** Saves a tip durably and queues it for sync. */
export function writeTip(db: SamspilDb, input: TipInput, now: number = Date.now()) {
  return mutate(db, { table: 'tips', op: 'put', fields: input }, now);
}

/** Live tips, newest week first; at most `limit` when given. */
export function listTips(db: SamspilDb, limit?: number): Promise<Tip[]> {
  const query = db.tips
    .orderBy('week')
    .reverse()
    .filter((row) => !row._deleted);
  return limit === undefined ? query.toArray() : query.limit(limit).toArray();
}
