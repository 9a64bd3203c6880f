/**
 * A test phone: one device's session that numbers its own mutations and stamps them (by a clock
 * all phones share, ticking on from now, or at a time the test picks), pushing through the real
 * endpoint.
 */
import type { Session } from '@/protocol/auth';
import type { Rejection } from '@/protocol/sync';
import type { Store } from '@/server/store';
import { put, stamp, sync, type TestServer } from './harness';

/** One write: a put with `fields`, or a delete. */
export type PhoneWrite = {
  table: string;
  key: string;
  fields?: Record<string, unknown>;
  op?: 'put' | 'delete';
  /** The HLC millis to stamp with (default: the phone's clock, ticking on). */
  at?: number;
};

/**
 * One clock for every phone, so writes made later carry later stamps (unless `at` says); never
 * behind the wall clock, as a device's is not (else a slow run stamps older than the server does).
 */
let clock = Date.now();

/** A phone of `session` on `server`. */
export function phone(server: TestServer, session: Session, node = '00000000000000aa') {
  let nextId = 1;
  return {
    session,
    /** Pushes `writes` in one request; answers the rejections. */
    async push(...writes: PhoneWrite[]): Promise<Rejection[]> {
      const mutations = writes.map((write) => {
        if (write.at !== undefined) clock = Math.max(clock, write.at);
        else clock = Math.max(clock + 1, Date.now());
        const hlc = stamp(write.at ?? clock, node);
        return write.op === 'delete'
          ? {
              id: nextId++,
              table: write.table,
              key: write.key,
              op: 'delete' as const,
              fields: {},
              hlc,
            }
          : put(nextId++, write.table, write.key, write.fields ?? {}, hlc);
      });
      const body = await sync(server.app, session, mutations);
      return body.ack.rejected;
    },
  };
}

export type Phone = ReturnType<typeof phone>;

/** A stored row, fields parsed; `undefined` when there is none or it is a tombstone. */
export async function liveRow(store: Store, table: string, rowKey: string) {
  const row = await store.db
    .selectFrom('rows')
    .selectAll()
    .where('tbl', '=', table)
    .where('key', '=', rowKey)
    .executeTakeFirst();
  if (!row || row.deleted === 1) return undefined;
  return {
    scope: row.scope,
    owner: row.owner_user_id,
    seq: row.seq,
    fields: JSON.parse(row.fields) as Record<string, unknown>,
  };
}

/** Every row of the `leader` scope (tombstones too), by `table/key`: fields or 'deleted'. */
export async function leaderRows(store: Store): Promise<Map<string, unknown>> {
  const rows = await store.db
    .selectFrom('rows')
    .select(['tbl', 'key', 'fields', 'deleted'])
    .where('scope', '=', 'leader')
    .orderBy('tbl')
    .orderBy('key')
    .execute();
  return new Map(
    rows.map((row) => [
      `${row.tbl}/${row.key}`,
      row.deleted === 1 ? 'deleted' : (JSON.parse(row.fields) as unknown),
    ]),
  );
}
