/**
 * After the server was restored from a backup (its epoch changed), this device pushes again what it
 * wrote and pulls from the start. Last-writer-wins makes the repeat safe: the server keeps whichever
 * value has the newer clock, field by field.
 *
 * "What it wrote" is every field whose clock carries this device's node id, in every table: its own
 * rows and the team and institution rows it edited after the backup was taken.
 */
import { deviceNode } from '@/db/clock';
import type { SamspilDb } from '@/db/database';
import { decodeHlc } from '@/lib/hlc';
import type { OutboxEntry, SyncedRow } from '@/db/schema';
import { SERVER_TABLES, TABLE_NAMES } from '@/protocol/table-names';

/** Tables a device may have written (not the ones only the server writes). */
const WRITABLE_TABLES = TABLE_NAMES.filter((table) => !SERVER_TABLES.includes(table));

/**
 * Queues again every field this device wrote: one put per distinct clock (fields written together
 * travel together) and a delete for its tombstones. Call inside a transaction over the synced
 * tables, the outbox and syncState.
 */
export async function requeueOwnRows(db: SamspilDb, now: number): Promise<number> {
  const node = await deviceNode(db);
  if (node === undefined) return 0; // never stamped a change: nothing of ours to send
  const ours = (hlc: string | undefined) => hlc !== undefined && decodeHlc(hlc)?.node === node;
  let queued = 0;
  for (const table of WRITABLE_TABLES) {
    const rows = (await db.synced(table).toArray()) as SyncedRow[];
    for (const row of rows) {
      const entries: OutboxEntry[] = [];
      if (row._deleted) {
        const hlc = row._hlc._deleted;
        if (hlc && ours(hlc))
          entries.push({ table, key: row.id, op: 'delete', fields: {}, hlc, createdAt: now });
      } else {
        const byClock = new Map<string, Record<string, unknown>>();
        for (const [field, hlc] of Object.entries(row._hlc)) {
          if (field === '_deleted' || !Object.hasOwn(row, field) || !ours(hlc)) continue;
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
