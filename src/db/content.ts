/**
 * Whether the device holds anything the user would miss: the moment to ask for persistent storage.
 */
import type { SamspilDb } from './database';

/** True once the user has written an activity, expense, logbook entry, check-in or tip. */
export async function hasContentWorthKeeping(db: SamspilDb): Promise<boolean> {
  const tables = [db.activities, db.expenses, db.logbookEntries, db.checkIns, db.tips];
  const counts = await Promise.all(tables.map((table) => table.limit(1).count()));
  return counts.some((count) => count > 0);
}
