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

  async function apply(
    trx: StoreTransaction,
    principal: Principal,
    mutation: Mutation,
    accepted: Accepted,
    seq: () => number,
  ): Promise<Rejection | undefined> {
    const stored = await trx
      .selectFrom('rows')
      .select(['scope', 'fields', 'clocks', 'deleted'])
      .where('tbl', '=', accepted.table)
      .where('key', '=', accepted.key)
      .executeTakeFirst();
    if (stored && stored.scope !== accepted.scope) {
      return { id: mutation.id, code: 'forbidden', message: 'row belongs to another scope' };
    }
    const before: MergeState | undefined = stored && {
      fields: JSON.parse(stored.fields) as Record<string, unknown>,
      clocks: JSON.parse(stored.clocks) as Record<string, string>,
      deleted: stored.deleted === 1,
    };
    const after = mergeChange(before, {
      op: mutation.op,
      fields: mutation.fields,
      hlc: stampFor(mutation),
    });
    if (!after) return undefined;
    const values = {
      fields: JSON.stringify(after.fields),
      clocks: JSON.stringify(after.clocks),
      deleted: after.deleted ? 1 : 0,
      seq: seq(),
    };
    await trx
      .insertInto('rows')
      .values({
        tbl: accepted.table,
        key: accepted.key,
        scope: accepted.scope,
        owner_user_id: principal.userId,
        ...values,
      })
      .onConflict((conflict) => conflict.columns(['tbl', 'key']).doUpdateSet(values))
      .execute();
    return undefined;
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
      let seq = await readSeq(trx);
      const startSeq = seq;
      let lastMutationId = device.last_mutation_id;
      const rejected: Rejection[] = [];
      for (const mutation of mutations) {
        if (mutation.id <= lastMutationId) continue;
        const verdict = judge(principal, mutation);
        const rejection =
          verdict.kind === 'rejected'
            ? verdict.rejection
            : await apply(trx, principal, mutation, verdict, () => ++seq);
        if (rejection) rejected.push(rejection);
        lastMutationId = mutation.id;
      }
      if (seq !== startSeq) await saveSeq(trx, seq);
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
      .select(['tbl', 'key', 'fields', 'clocks', 'deleted', 'seq'])
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
