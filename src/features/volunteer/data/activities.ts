/**
 * Activity reads and writes. Every write goes through `mutate()`; no React here.
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { Activity } from '@/db/schema';
import { compareNewestFirst, type ActivityInput } from '../model';

/** Saves a new activity durably and queues it for sync. */
export function logActivity(db: SamspilDb, input: ActivityInput, now: number = Date.now()) {
  return mutate(db, { table: 'activities', op: 'put', fields: { ...input, createdAt: now } }, now);
}

/** All live activities, newest first. */
export async function listActivities(db: SamspilDb): Promise<Activity[]> {
  // One bulk read (IDB getAll) and a filter in JS: twice as fast as a Dexie filter, which walks a
  // cursor row by row (measured with 10,000 rows in Chromium, npm run bench).
  const rows = (await db.activities.toArray()).filter((row) => !row._deleted);
  return rows.sort(compareNewestFirst);
}

/** The newest `limit` live activities. */
export async function recentActivities(db: SamspilDb, limit: number): Promise<Activity[]> {
  const rows = await db.activities
    .orderBy('date')
    .reverse()
    .filter((row) => !row._deleted)
    .limit(limit * 4)
    .toArray();
  return rows.sort(compareNewestFirst).slice(0, limit);
}
