/**
 * The push half of a sync: apply a device's mutations, and the rows the server derives from them.
 *
 * Guarantees (DESIGN.md, "The sync protocol"):
 * - A push is one transaction under the writers' lock: either every accepted mutation, the rows
 *   derived from them (push-derived.ts), the new `seq` numbers and the device's
 *   `last_mutation_id` are stored, or none of them is.
 * - Mutation ids at or below the device's `last_mutation_id` are skipped but acknowledged, so a
 *   retried push applies nothing twice (and counts no hour twice).
 * - A mutation that is invalid, holds a CPR number or is forbidden is rejected for good (it
 *   counts as processed); it never blocks the ones after it. Rejections name tables and fields,
 *   never values.
 * - A change to an existing row is judged by the scope the row is stored in (scopes.ts).
 * - A share without a name (sharedEntries without `authorName`) is stored with no owner and every
 *   field stamped by the server's clock, so neither the database nor a pulled row links it to the
 *   person or the device that wrote it.
 * - Every changed row gets the next `seq`, and seq numbers become visible in commit order, so a
 *   pull cursor never skips a row.
 */
import { cprField } from '@/protocol/cpr';
import { keySchema, type Mutation, type Rejection } from '@/protocol/sync';
import { checkFields, isTableName, type TableName } from '@/protocol/tables';
import type { Principal } from './auth/principal';
import { mergeChange, type MergeState } from './merge';
import { authorizeWrite, loadWriter, NO_OWNER, type Write } from './scopes';
import type { ServerClock } from './server-clock';
import { derivedRows } from './push-derived';
import { writeServerRows } from './server-rows';
import { readSeq, saveSeq, type Store, type StoreTransaction } from './store';

// Rows per statement: far below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters.
const CHUNK = 500;

/** What a push answers. */
export type PushResult = { lastMutationId: number; rejected: Rejection[] };

/** Applies pushes for authenticated devices. */
export type Pusher = { push: (principal: Principal, mutations: Mutation[]) => Promise<PushResult> };

/** A row as stored, with where it lives and who wrote it first. */
type StoredState = MergeState & { scope: string; owner: string };

/** A mutation that passed the checks that need no stored row. */
type Checked = { ok: true; write: Write } | { ok: false; rejection: Rejection };

/** Checks key, table, fields and free text; the stored row is not needed for these. */
function check(mutation: Mutation): Checked {
  const reject = (code: Rejection['code'], message: string): Checked => ({
    ok: false,
    rejection: { id: mutation.id, code, message },
  });
  if (!keySchema.safeParse(mutation.key).success) return reject('invalid_key', 'key is not a UUID');
  if (!isTableName(mutation.table)) return reject('unknown_table', 'unknown table');
  const fields = mutation.op === 'put' ? mutation.fields : {};
  const problem = checkFields(mutation.table, fields);
  if (problem) return reject(problem.code, problem.message);
  // Whoever writes it: a CPR number never reaches the database.
  const cpr = cprField(mutation.table, fields);
  if (cpr) return reject('cpr_number', `${mutation.table}.${cpr} looks like a CPR number`);
  return { ok: true, write: { table: mutation.table, key: mutation.key, op: mutation.op, fields } };
}

const rowId = (table: string, key: string) => `${table}/${key}`;

/** The stored rows `writes` touch, by `table/key`. */
async function loadRows(trx: StoreTransaction, writes: readonly Write[]) {
  const rows = new Map<string, StoredState>();
  // One query per table, `tbl = ? AND key IN (…)`, so the (tbl, key) primary key is used.
  const keysByTable = new Map<TableName, Set<string>>();
  for (const write of writes) {
    const keys = keysByTable.get(write.table) ?? new Set<string>();
    keysByTable.set(write.table, keys.add(write.key));
  }
  for (const [table, keySet] of keysByTable) {
    const keys = [...keySet];
    for (let start = 0; start < keys.length; start += CHUNK) {
      const found = await trx
        .selectFrom('rows')
        .select(['key', 'scope', 'owner_user_id', 'fields', 'clocks', 'deleted'])
        .where('tbl', '=', table)
        .where('key', 'in', keys.slice(start, start + CHUNK))
        .execute();
      for (const row of found) {
        rows.set(rowId(table, row.key), {
          scope: row.scope,
          owner: row.owner_user_id,
          fields: JSON.parse(row.fields) as Record<string, unknown>,
          clocks: JSON.parse(row.clocks) as Record<string, string>,
          deleted: row.deleted === 1,
        });
      }
    }
  }
  return rows;
}

const live = (row: MergeState | undefined) => (row && !row.deleted ? row.fields : undefined);

/** A new shared entry without the author's name: it must not be linkable to its writer. */
function anonymousShare(write: Write, stored: StoredState | undefined): boolean {
  if (write.table !== 'sharedEntries' || write.op !== 'put' || stored) return false;
  const name = write.fields.authorName;
  return typeof name !== 'string' || name.trim() === '';
}

/** A pusher over `store`, stamping with `clock`; `now` is injectable for tests. */
export function createPusher(store: Store, clock: ServerClock, now: () => number): Pusher {
  return {
    async push(principal, mutations) {
      return store.db.transaction().execute(async (trx) => {
        await store.lockWriters(trx);
        const device = await trx
          .selectFrom('devices')
          .select('last_mutation_id')
          .where('id', '=', principal.deviceId)
          .executeTakeFirstOrThrow();
        const fresh = mutations.filter((mutation) => mutation.id > device.last_mutation_id);
        const checked = fresh.map((mutation) => ({ mutation, checked: check(mutation) }));
        const writer = await loadWriter(trx, principal);
        const stored = await loadRows(
          trx,
          checked.flatMap(({ checked: entry }) => (entry.ok ? [entry.write] : [])),
        );

        // Merge in order in memory (a push may change one row several times, and a row it
        // creates is then judged as existing), then write each changed row once with a new seq.
        const rows = new Map(stored);
        let lastMutationId = device.last_mutation_id;
        const rejected: Rejection[] = [];
        const changed = new Map<string, Write>();
        for (const { mutation, checked: entry } of checked) {
          if (mutation.id <= lastMutationId) continue; // ids out of order: already counted
          lastMutationId = mutation.id;
          if (!entry.ok) {
            rejected.push(entry.rejection);
            continue;
          }
          const { write } = entry;
          const id = rowId(write.table, write.key);
          const row = rows.get(id);
          const decision = authorizeWrite(writer, write, row);
          if (!decision.ok) {
            rejected.push({ id: mutation.id, code: 'forbidden', message: decision.message });
            continue;
          }
          // An anonymous share keeps neither the device's clock (its node id) nor the writer.
          const anonymous = anonymousShare(write, row);
          const merged = mergeChange(row, {
            op: write.op,
            fields: write.fields,
            hlc: anonymous ? clock.tick() : clock.stampFor(mutation.hlc),
          });
          if (!merged) continue;
          const owner = row?.owner ?? (anonymous ? NO_OWNER : principal.userId);
          rows.set(id, { ...merged, scope: decision.scope, owner });
          changed.set(id, write);
        }

        const changedAt = now();
        let seq = await readSeq(trx);
        const values = [...changed.keys()].map((id) => {
          const row = rows.get(id);
          const write = changed.get(id);
          if (!row || !write) throw new Error('merged row missing');
          return {
            tbl: write.table,
            key: write.key,
            scope: row.scope,
            owner_user_id: row.owner,
            fields: JSON.stringify(row.fields),
            clocks: JSON.stringify(row.clocks),
            deleted: row.deleted ? 1 : 0,
            seq: ++seq,
            changed_at: changedAt,
          };
        });
        for (let start = 0; start < values.length; start += CHUNK) {
          await trx
            .insertInto('rows')
            .values(values.slice(start, start + CHUNK))
            .onConflict((conflict) =>
              // The owner and scope of an existing row never change.
              conflict.columns(['tbl', 'key']).doUpdateSet((eb) => ({
                fields: eb.ref('excluded.fields'),
                clocks: eb.ref('excluded.clocks'),
                deleted: eb.ref('excluded.deleted'),
                seq: eb.ref('excluded.seq'),
                changed_at: eb.ref('excluded.changed_at'),
              })),
            )
            .execute();
        }
        if (values.length > 0) await saveSeq(trx, seq);
        const changes = [...changed].map(([id, write]) => ({
          table: write.table,
          key: write.key,
          before: live(stored.get(id)),
          after: live(rows.get(id)),
        }));
        const derived = await derivedRows(trx, principal, changes);
        await writeServerRows(trx, clock, derived, changedAt);
        await trx
          .updateTable('devices')
          .set({ last_mutation_id: lastMutationId, last_seen_at: changedAt })
          .where('id', '=', principal.deviceId)
          .execute();
        return { lastMutationId, rejected };
      });
    },
  };
}
