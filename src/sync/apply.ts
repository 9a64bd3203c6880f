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
import { isTableName, SEND_ONLY_TABLES, type TableName } from '@/protocol/table-names';
import type { SyncResponse } from '@/protocol/sync';
import { requeueOwnRows } from './epoch';
import { mergeRow, type PendingChanges } from './merge';
import {
  readEpoch,
  readRejected,
  readSession,
  saveCursor,
  saveEpoch,
  saveRejected,
  saveScopes,
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
    await dropDelivered(db);

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
    if (pull.removedScopes?.length) await dropScopes(db, new Set(pull.removedScopes));

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
    if (pull.scopes) await saveScopes(db, pull.scopes);
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
 * Deletes this device's copy of rows it only sends (a volunteer's concern) once nothing about them
 * waits in the outbox and the server did not refuse them: delivered means gone from the phone.
 */
async function dropDelivered(db: SamspilDb): Promise<void> {
  const role = (await readSession(db))?.role;
  if (!role) return;
  for (const [name, roles] of Object.entries(SEND_ONLY_TABLES)) {
    if (!roles.includes(role)) continue;
    const table = db.synced(name as TableName);
    const keys = await table.toCollection().primaryKeys();
    const waiting = await db.outbox
      .where('[table+key]')
      .anyOf(keys.map((key) => [name, key]))
      .toArray();
    // A refused one stays until the user sends it again or drops it (dropping deletes it).
    const refused = (await readRejected(db)).filter((r) => r.mutation.table === name);
    const stillWaiting = new Set([...waiting, ...refused.map((r) => r.mutation)].map((e) => e.key));
    await table.bulkDelete(keys.filter((key) => !stillWaiting.has(key)));
  }
}

/**
 * Deletes the rows of scopes the person no longer reads (moved to another team, say). Outbox
 * entries stay: what this device wrote is still sent, and the server decides.
 */
async function dropScopes(db: SamspilDb, removed: ReadonlySet<string>): Promise<void> {
  for (const name of SYNCED_TABLES) {
    const table = db.synced(name);
    await table.filter((row) => row._scope !== undefined && removed.has(row._scope)).delete();
  }
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
