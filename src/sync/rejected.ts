/**
 * What the user can do with a change the server refused: send it again, or drop it.
 *
 * Dropping reverts the local row to the server's version: the refused fields lose their local
 * stamps and the next sync pulls everything again, so this device converges with the server.
 */
import type { SamspilDb } from '@/db/database';
import { SYNCED_TABLES, type SyncedRow } from '@/db/schema';
import { isTableName } from '@/protocol/table-names';
import { readRejected, saveCursor, saveRejected } from './state';

/** Puts a refused change back in the outbox (with a new id) and forgets the refusal. */
export async function retryRejected(db: SamspilDb, mutationId: number, now = Date.now()) {
  await db.transaction('rw', db.outbox, db.syncState, async () => {
    const rejected = await readRejected(db);
    const entry = rejected.find((r) => r.mutation.id === mutationId);
    if (!entry || !isTableName(entry.mutation.table)) return;
    const { table, key, op, fields, hlc } = entry.mutation;
    await db.outbox.add({ table, key, op, fields, hlc, createdAt: now });
    await saveRejected(
      db,
      rejected.filter((r) => r !== entry),
    );
  });
}

/** Drops a refused change and reverts the row to what the server has. */
export async function discardRejected(db: SamspilDb, mutationId: number) {
  const tables = SYNCED_TABLES.map((name) => db.synced(name));
  await db.transaction('rw', [...tables, db.syncState], async () => {
    const rejected = await readRejected(db);
    const entry = rejected.find((r) => r.mutation.id === mutationId);
    if (!entry) return;
    await saveRejected(
      db,
      rejected.filter((r) => r !== entry),
    );
    if (!isTableName(entry.mutation.table)) return;
    const table = db.synced(entry.mutation.table);
    const row = (await table.get(entry.mutation.key)) as SyncedRow | undefined;
    if (entry.mutation.op === 'delete') {
      // The tombstone already dropped the row's values; the re-pull brings the server's back.
      await table.delete(entry.mutation.key);
    } else if (row) {
      const reverted: Record<string, unknown> = { ...row, _hlc: { ...row._hlc } };
      const clocks = reverted._hlc as Record<string, string>;
      for (const field of [...Object.keys(entry.mutation.fields), '_deleted']) {
        if (clocks[field] === entry.mutation.hlc) {
          Reflect.deleteProperty(clocks, field);
          Reflect.deleteProperty(reverted, field);
        }
      }
      if (Object.keys(clocks).length === 0) await table.delete(entry.mutation.key);
      else await table.put(reverted as never);
    }
    // Pull everything again so the server's version of the row comes back.
    await saveCursor(db, 0);
  });
}
