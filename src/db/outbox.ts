/**
 * Read-only views of the outbox for the shell and settings ("N ændringer venter").
 *
 * Only the sync engine removes outbox entries, after the server acknowledged them.
 */
import type { SamspilDb } from './database';

/** How many local changes wait for sync, and when the oldest was made. */
export type PendingChanges = { count: number; oldestAt: number | undefined };

/** Counts waiting changes; the oldest comes first because outbox ids increase. */
export async function pendingChanges(db: SamspilDb): Promise<PendingChanges> {
  return db.transaction('r', db.outbox, async () => {
    const count = await db.outbox.count();
    const oldest = count > 0 ? await db.outbox.orderBy('id').first() : undefined;
    return { count, oldestAt: oldest?.createdAt };
  });
}
