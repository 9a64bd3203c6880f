/**
 * Wipes everything this device holds, in one transaction: rows, outbox and sync state.
 *
 * Used when the server says this device was revoked (a lost phone): nothing about the user or
 * anyone else stays behind.
 */
import type { SamspilDb } from './database';

/** Empties every table of `db`. */
export async function wipeLocalData(db: SamspilDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
