/**
 * After the server was restored from a backup (its epoch changed), this device pushes again what it
 * owns and pulls from the start. Last-writer-wins makes the repeat safe: the server keeps whichever
 * value has the newer clock, field by field.
 */
import type { SamspilDb } from '@/db/database';
import type { OutboxEntry, SyncedRow } from '@/db/schema';
import { TABLE_NAMES, TABLE_SCOPES } from '@/protocol/table-names';

/** Tables whose rows on this device are all the person's own (scope `user`). */
const OWN_TABLES = TABLE_NAMES.filter((table) => TABLE_SCOPES[table] === 'user');

/**
 * Queues every own row again: one put per distinct clock (fields written together travel together)
 * and a delete for tombstones. Call inside a transaction over the own tables and the outbox.
 */
export async function requeueOwnRows(db: SamspilDb, now: number): Promise<number> {
  let queued = 0;
  for (const table of OWN_TABLES) {
    const rows = (await db.synced(table).toArray()) as SyncedRow[];
    for (const row of rows) {
      const entries: OutboxEntry[] = [];
      if (row._deleted) {
        const hlc = row._hlc._deleted;
        if (hlc)
          entries.push({ table, key: row.id, op: 'delete', fields: {}, hlc, createdAt: now });
      } else {
        const byClock = new Map<string, Record<string, unknown>>();
        for (const [field, hlc] of Object.entries(row._hlc)) {
          if (field === '_deleted' || !Object.hasOwn(row, field)) continue;
          const fields = byClock.get(hlc) ?? {};
          fields[field] = (row as Record<string, unknown>)[field];
          byClock.set(hlc, fields);
        }
        for (const [hlc, fields] of byClock) {
          entries.push({ table, key: row.id, op: 'put', fields, hlc, createdAt: now });
        }
      }
      await db.outbox.bulkAdd(entries);
      queued += entries.length;
    }
  }
  return queued;
}

/** The own tables, for the transaction scope of `requeueOwnRows`. */
export function ownTables(db: SamspilDb) {
  return OWN_TABLES.map((table) => db.synced(table));
}
