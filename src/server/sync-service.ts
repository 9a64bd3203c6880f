/**
 * The sync service: apply a device's pushed mutations, then page out what changed in its scopes.
 *
 * Guarantees (DESIGN.md, "The sync protocol"):
 * - A push is one transaction under the writers' lock: either every accepted mutation, the new
 *   `seq` numbers and the device's `last_mutation_id` are stored, or none of them is.
 * - Mutation ids at or below the device's `last_mutation_id` are skipped but acknowledged, so a
 *   retried push applies nothing twice.
 * - A mutation that is invalid or forbidden is rejected for good (it counts as processed); it
 *   never blocks the ones after it.
 * - Every changed row gets the next `seq`, and seq numbers become visible in commit order, so a
 *   pull cursor never skips a row.
 */
import {
  keySchema,
  type Mutation,
  type Rejection,
  type SyncRequest,
  type SyncResponse,
} from '@/protocol/sync';
import { checkFields, isTableName } from '@/protocol/tables';
import {
  decodeHlc,
  encodeHlc,
  MAX_DRIFT_MS,
  receiveHlc,
  tickHlc,
  zeroHlc,
  type Hlc,
} from '@/lib/hlc';
import { newNodeId } from '@/lib/ids';
import type { Principal } from './auth/principal';
import { mergeChange, type MergeState } from './merge';
import { readScopes, writeScope } from './scopes';
import { readSeq, saveSeq, type Store, type StoreTransaction } from './store';

// Rows per statement: far below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters.
const LOAD_CHUNK = 500;
const WRITE_CHUNK = 500;

/** Applies pushes and answers pulls for authenticated devices. */
export type SyncService = {
  sync: (principal: Principal, request: SyncRequest) => Promise<SyncResponse>;
};

type Accepted = { kind: 'accepted'; table: string; key: string; scope: string };
type Verdict = Accepted | { kind: 'rejected'; rejection: Rejection };

/** A sync service over `store`; `now` is injectable for tests. */
export function createSyncService(store: Store, now: () => number = Date.now): SyncService {
  let clock: Hlc = zeroHlc(newNodeId());

  function tick(): string {
    clock = tickHlc(clock, now());
    return encodeHlc(clock);
  }

  /** The stamp a mutation's fields are stored with: its own, unless too far in the future. */
  function stampFor(mutation: Mutation): string {
    const remote = decodeHlc(mutation.hlc);
    const wallClock = now();
    if (!remote || remote.millis > wallClock + MAX_DRIFT_MS) return tick();
    clock = receiveHlc(clock, remote, wallClock);
    return mutation.hlc;
  }

  function judge(principal: Principal, mutation: Mutation): Verdict {
    const reject = (code: Rejection['code'], message: string): Verdict => ({
      kind: 'rejected',
      rejection: { id: mutation.id, code, message },
    });
    if (!keySchema.safeParse(mutation.key).success)
      return reject('invalid_key', 'key is not a UUID');
    if (!isTableName(mutation.table)) return reject('unknown_table', 'unknown table');
    const problem = checkFields(mutation.table, mutation.op === 'put' ? mutation.fields : {});
    if (problem) return reject(problem.code, problem.message);
    const scope = writeScope(principal, mutation.table, mutation.key);
    if (!scope) return reject('forbidden', `may not write ${mutation.table}`);
    return { kind: 'accepted', table: mutation.table, key: mutation.key, scope };
  }

  /** The stored rows a push touches, by `table/key`, with their scope. */
  async function loadRows(trx: StoreTransaction, accepted: Accepted[]) {
    const rows = new Map<string, MergeState & { scope: string }>();
    // One query per table, `tbl = ? AND key IN (…)`, so the (tbl, key) primary key is used.
    const keysByTable = new Map<string, Set<string>>();
    for (const entry of accepted) {
      const keys = keysByTable.get(entry.table) ?? new Set<string>();
      keysByTable.set(entry.table, keys.add(entry.key));
    }
    for (const [table, keySet] of keysByTable) {
      const keys = [...keySet];
      for (let start = 0; start < keys.length; start += LOAD_CHUNK) {
        const found = await trx
          .selectFrom('rows')
          .select(['tbl', 'key', 'scope', 'fields', 'clocks', 'deleted'])
          .where('tbl', '=', table)
          .where('key', 'in', keys.slice(start, start + LOAD_CHUNK))
          .execute();
        for (const row of found) {
          rows.set(`${row.tbl}/${row.key}`, {
            scope: row.scope,
            fields: JSON.parse(row.fields) as Record<string, unknown>,
            clocks: JSON.parse(row.clocks) as Record<string, string>,
            deleted: row.deleted === 1,
          });
        }
      }
    }
    return rows;
  }

  async function push(
    principal: Principal,
    mutations: Mutation[],
  ): Promise<{ lastMutationId: number; rejected: Rejection[] }> {
    return store.db.transaction().execute(async (trx) => {
      await store.lockWriters(trx);
      const device = await trx
        .selectFrom('devices')
        .select('last_mutation_id')
        .where('id', '=', principal.deviceId)
        .executeTakeFirstOrThrow();
      const fresh = mutations.filter((mutation) => mutation.id > device.last_mutation_id);
      const verdicts = fresh.map((mutation) => ({ mutation, verdict: judge(principal, mutation) }));
      const rows = await loadRows(
        trx,
        verdicts.flatMap(({ verdict }) => (verdict.kind === 'accepted' ? [verdict] : [])),
      );

      // Merge in order in memory (a push may change one row several times), then write each
      // changed row once with its own new seq.
      let lastMutationId = device.last_mutation_id;
      const rejected: Rejection[] = [];
      const changed = new Map<string, Accepted>();
      for (const { mutation, verdict } of verdicts) {
        if (mutation.id <= lastMutationId) continue; // ids out of order: already counted
        lastMutationId = mutation.id;
        if (verdict.kind === 'rejected') {
          rejected.push(verdict.rejection);
          continue;
        }
        const id = `${verdict.table}/${verdict.key}`;
        const stored = rows.get(id);
        if (stored && stored.scope !== verdict.scope) {
          rejected.push({
            id: mutation.id,
            code: 'forbidden',
            message: 'row belongs to another scope',
          });
          continue;
        }
        const after = mergeChange(stored, {
          op: mutation.op,
          fields: mutation.fields,
          hlc: stampFor(mutation),
        });
        if (!after) continue;
        rows.set(id, { ...after, scope: verdict.scope });
        changed.set(id, verdict);
      }

      let seq = await readSeq(trx);
      const values = [...changed].map(([id, entry]) => {
        const row = rows.get(id);
        if (!row) throw new Error('merged row missing');
        return {
          tbl: entry.table,
          key: entry.key,
          scope: entry.scope,
          owner_user_id: principal.userId,
          fields: JSON.stringify(row.fields),
          clocks: JSON.stringify(row.clocks),
          deleted: row.deleted ? 1 : 0,
          seq: ++seq,
        };
      });
      for (let start = 0; start < values.length; start += WRITE_CHUNK) {
        await trx
          .insertInto('rows')
          .values(values.slice(start, start + WRITE_CHUNK))
          .onConflict((conflict) =>
            // The owner and scope of an existing row never change.
            conflict.columns(['tbl', 'key']).doUpdateSet((eb) => ({
              fields: eb.ref('excluded.fields'),
              clocks: eb.ref('excluded.clocks'),
              deleted: eb.ref('excluded.deleted'),
              seq: eb.ref('excluded.seq'),
            })),
          )
          .execute();
      }
      if (values.length > 0) await saveSeq(trx, seq);
      await trx
        .updateTable('devices')
        .set({ last_mutation_id: lastMutationId, last_seen_at: now() })
        .where('id', '=', principal.deviceId)
        .execute();
      return { lastMutationId, rejected };
    });
  }

  async function lastAcked(principal: Principal): Promise<number> {
    const device = await store.db
      .selectFrom('devices')
      .select('last_mutation_id')
      .where('id', '=', principal.deviceId)
      .executeTakeFirstOrThrow();
    return device.last_mutation_id;
  }

  async function pull(principal: Principal, cursor: number, limit: number) {
    const found = await store.db
      .selectFrom('rows')
      .select(['tbl', 'key', 'scope', 'fields', 'clocks', 'deleted', 'seq'])
      .where('scope', 'in', readScopes(principal))
      .where('seq', '>', cursor)
      .orderBy('seq')
      .limit(limit + 1)
      .execute();
    const page = found.slice(0, limit);
    return {
      rows: page.map((row) => ({
        table: row.tbl,
        key: row.key,
        fields: JSON.parse(row.fields) as Record<string, unknown>,
        hlc: JSON.parse(row.clocks) as Record<string, string>,
        deleted: row.deleted === 1,
        seq: row.seq,
        scope: row.scope,
      })),
      cursor: page.at(-1)?.seq ?? cursor,
      hasMore: found.length > limit,
    };
  }

  return {
    async sync(principal, request) {
      const mutations = request.push.mutations;
      const ack =
        mutations.length > 0
          ? await push(principal, mutations)
          : { lastMutationId: await lastAcked(principal), rejected: [] };
      const page = await pull(principal, request.pull.cursor, request.pull.limit);
      return { serverHlc: tick(), serverEpoch: store.epoch, ack, pull: page };
    },
  };
}
