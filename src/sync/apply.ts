/**
 * Applies one sync response on the device, in one Dexie transaction.
 *
 * Guarantee: acknowledged outbox entries are deleted, refused ones move to the rejected list, the
 * pulled rows are merged (pending local edits survive) and the cursor is saved, all together or not
 * at all. So a crash between the server's commit and this transaction only means the same changes
 * are pushed again; the server acknowledges them without applying them twice.
 */
import type { SamspilDb } from '@/db/database';
import { observeClock } from '@/db/clock';
import { SYNCED_TABLES, type SyncedRow } from '@/db/schema';
import { isTableName } from '@/protocol/table-names';
import type { SyncResponse } from '@/protocol/sync';
import { requeueOwnRows } from './epoch';
import { mergeRow, type PendingChanges } from './merge';
import {
  readEpoch,
  readRejected,
  saveCursor,
  saveEpoch,
  saveRejected,
  type RejectedChange,
} from './state';

/** What one applied page did; `restored` when the server's epoch changed (a restore). */
export type Applied = { acked: number; rejected: number; rows: number; restored: boolean };

/** Applies `response` to the rows, the outbox and the sync state. */
export async function applyResponse(
  db: SamspilDb,
  response: SyncResponse,
  now: number = Date.now(),
): Promise<Applied> {
  const tables = SYNCED_TABLES.map((name) => db.synced(name));
  return db.transaction('rw', [...tables, db.outbox, db.syncState], async () => {
    const { ack, pull } = response;

    const processed = await db.outbox.where('id').belowOrEqual(ack.lastMutationId).toArray();
    if (ack.rejected.length > 0) {
      const byId = new Map(processed.map((entry) => [entry.id, entry]));
      const refused: RejectedChange[] = [];
      for (const rejection of ack.rejected) {
        const entry = byId.get(rejection.id);
        if (!entry?.id) continue;
        const { id, table, key, op, fields, hlc } = entry;
        refused.push({
          mutation: { id, table, key, op, fields, hlc },
          code: rejection.code,
          rejectedAt: now,
        });
      }
      await saveRejected(db, [...(await readRejected(db)), ...refused]);
    }
    await db.outbox.where('id').belowOrEqual(ack.lastMutationId).delete();

    const knownEpoch = await readEpoch(db);
    if (knownEpoch !== undefined && knownEpoch !== response.serverEpoch) {
      // The server was restored from a backup: our cursor belongs to another history. Push what
      // we own again and pull from the start; these rows are skipped (they follow the old cursor).
      await requeueOwnRows(db, now);
      await observeClock(db, response.serverHlc, now);
      await saveCursor(db, 0);
      await saveEpoch(db, response.serverEpoch);
      return { acked: processed.length, rejected: ack.rejected.length, rows: 0, restored: true };
    }

    if (pull.reset === 'full') await clearSyncedRows(db);

    const pending = await pendingByRow(db);
    let rows = 0;
    for (const row of pull.rows) {
      // A newer server may know tables this client does not: skip them, keep going.
      if (!isTableName(row.table)) continue;
      const table = db.synced(row.table);
      const local = (await table.get(row.key)) as SyncedRow | undefined;
      await table.put(mergeRow(local, row, pending.get(`${row.table}/${row.key}`)) as never);
      rows++;
    }

    await observeClock(db, response.serverHlc, now);
    await saveCursor(db, pull.cursor);
    await saveEpoch(db, response.serverEpoch);
    return { acked: processed.length, rejected: ack.rejected.length, rows, restored: false };
  });
}

/** The fields each row still has changes waiting for, after the acknowledged ones are gone. */
async function pendingByRow(db: SamspilDb): Promise<Map<string, PendingChanges>> {
  const byRow = new Map<string, { fields: Set<string>; deleted: boolean }>();
  for (const entry of await db.outbox.toArray()) {
    const id = `${entry.table}/${entry.key}`;
    const row = byRow.get(id) ?? { fields: new Set<string>(), deleted: false };
    if (entry.op === 'delete') row.deleted = true;
    for (const field of Object.keys(entry.fields)) row.fields.add(field);
    byRow.set(id, row);
  }
  return byRow;
}

/**
 * Empties the synced tables for a full re-pull, keeping rows that still have changes waiting in
 * the outbox (they would otherwise vanish from screen until the next pull brings them back).
 */
async function clearSyncedRows(db: SamspilDb): Promise<void> {
  const pending = await db.outbox.toArray();
  const keep = new Set(pending.map((entry) => `${entry.table}/${entry.key}`));
  for (const name of SYNCED_TABLES) {
    const table = db.synced(name);
    const keys = await table.toCollection().primaryKeys();
    await table.bulkDelete(keys.filter((key) => !keep.has(`${name}/${key}`)));
  }
}
