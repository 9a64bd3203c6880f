// @vitest-environment node
import { rmSync } from 'node:fs';
import type { Session } from '@/protocol/auth';
import { syncResponseSchema, type Mutation, type SyncResponse } from '@/protocol/sync';
import { buildApp } from '@/server/app';
import { readConfig } from '@/server/config';
import { purgeTombstones, PURGE_INTERVAL_MS, readPurgedSeq } from '@/server/purge';
import { readSeq, saveSeq, type Store } from '@/server/store';
import {
  authed,
  demoCode,
  DIALECTS,
  key,
  makeDist,
  put,
  redeem,
  startServer,
  sync,
  syncBody,
  type TestServer,
} from './harness';

const DAY = 24 * 60 * 60 * 1000;

describe('TOMBSTONE_DAYS', () => {
  it('defaults to 180 days and takes more', () => {
    expect(readConfig({}).tombstoneDays).toBe(180);
    expect(readConfig({ TOMBSTONE_DAYS: '180' }).tombstoneDays).toBe(180);
    expect(readConfig({ TOMBSTONE_DAYS: '365' }).tombstoneDays).toBe(365);
  });

  it.each(['179', '90', '0', '-200', '200.5', 'abc', '', '1e3'])(
    'refuses "%s" with a clear error',
    (value) => {
      expect(() => readConfig({ TOMBSTONE_DAYS: value })).toThrow(
        /^TOMBSTONE_DAYS must be a whole number of days from 180/,
      );
    },
  );
});

describe.each(DIALECTS)('tombstone purge on %s', (dialect) => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startServer(dialect);
  });
  afterEach(async () => {
    await server.close();
  });

  async function pull(
    session: Session,
    request: { cursor: number; scopes?: string[] },
    mutations: Mutation[] = [],
  ): Promise<SyncResponse> {
    const body = syncBody(session, mutations, request.cursor);
    const payload =
      request.scopes === undefined
        ? body
        : { ...body, pull: { ...body.pull, scopes: request.scopes } };
    const response = await authed(server.app, session, 'POST', '/v1/sync', payload);
    expect(response.statusCode).toBe(200);
    return syncResponseSchema.parse(response.json());
  }

  async function secondDevice(first: Session): Promise<Session> {
    const response = await authed(server.app, first, 'POST', '/v1/auth/device-code');
    return redeem(server.app, response.json<{ code: string }>().code);
  }

  const rowOf = (store: Store, rowKey: string) =>
    store.db.selectFrom('rows').selectAll().where('key', '=', rowKey).executeTakeFirst();

  /** A tombstone last changed at `changedAt`, written straight into the store. */
  async function oldTombstone(changedAt: number): Promise<number> {
    return server.store.db.transaction().execute(async (trx) => {
      await server.store.lockWriters(trx);
      const seq = (await readSeq(trx)) + 1;
      await saveSeq(trx, seq);
      await trx
        .insertInto('rows')
        .values({
          tbl: 'activities',
          key: key(),
          scope: `user:${key()}`,
          owner_user_id: key(),
          fields: '{}',
          clocks: '{}',
          deleted: 1,
          seq,
          changed_at: changedAt,
        })
        .execute();
      return seq;
    });
  }

  it('stamps every write with the time it was changed', async () => {
    const device = await redeem(server.app, demoCode(server, 'volunteer'));
    const activity = key();
    const start = Date.now();
    await sync(server.app, device, [put(1, 'activities', activity, { note: 'a' })]);
    const first = await rowOf(server.store, activity);
    expect(first?.changed_at).toBeGreaterThanOrEqual(start);
    expect(first?.changed_at).toBeLessThanOrEqual(Date.now());
  });

  it('deletes tombstones older than the limit and resets a device whose cursor is older', async () => {
    const device = await redeem(server.app, demoCode(server, 'volunteer'));
    const other = await secondDevice(device);
    const deleted = key();
    const kept = key();
    await sync(server.app, device, [
      put(1, 'activities', deleted, { note: 'slettes' }),
      put(2, 'activities', kept, { note: 'bliver' }),
    ]);
    const behind = (await pull(device, { cursor: 0, scopes: [] })).pull;
    await sync(server.app, other, [{ ...put(1, 'activities', deleted, {}), op: 'delete' }]);
    const tombstone = await rowOf(server.store, deleted);
    expect(tombstone?.deleted).toBe(1);
    const seen = (await pull(other, { cursor: 0, scopes: [] })).pull;

    // Younger than 180 days: kept.
    expect(await purgeTombstones(server.store, 180, () => Date.now() + 179 * DAY)).toBe(0);
    expect(await rowOf(server.store, deleted)).toBeDefined();
    expect(await readPurgedSeq(server.store.db)).toBe(0);

    // Older: gone, and the purge point is its seq.
    expect(await purgeTombstones(server.store, 180, () => Date.now() + 181 * DAY)).toBe(1);
    expect(await rowOf(server.store, deleted)).toBeUndefined();
    expect(await rowOf(server.store, kept)).toBeDefined();
    expect(await readPurgedSeq(server.store.db)).toBe(tombstone?.seq);

    // The device that never saw the delete starts over; its push is still taken.
    const late = key();
    const request = { cursor: behind.cursor, scopes: behind.scopes ?? [] };
    const reset = await pull(device, request, [put(3, 'activities', late, { note: 'sent' })]);
    expect(reset.pull).toEqual({ rows: [], cursor: 0, hasMore: true, scopes: [], reset: 'full' });
    expect(reset.ack).toEqual({ lastMutationId: 3, rejected: [] });
    expect(await rowOf(server.store, late)).toBeDefined();
    // An older client (no scopes) too.
    expect((await pull(device, { cursor: behind.cursor })).pull.reset).toBe('full');

    // From 0: the row that lives, not the deleted one, and no reset.
    const fresh = (await pull(device, { cursor: 0, scopes: [] })).pull;
    expect(fresh.reset).toBeUndefined();
    const keys = fresh.rows.map((row) => row.key);
    expect(keys).toEqual(expect.arrayContaining([kept, late]));
    expect(keys).not.toContain(deleted);
    // A device that has seen the delete carries on.
    const current = (await pull(other, { cursor: seen.cursor, scopes: seen.scopes ?? [] })).pull;
    expect(current.reset).toBeUndefined();
    expect(current.rows.map((row) => row.key)).toEqual([late]);
  });

  it('never lowers the purge point', async () => {
    const high = await oldTombstone(Date.now() - 400 * DAY);
    expect(await purgeTombstones(server.store)).toBe(1);
    expect(await readPurgedSeq(server.store.db)).toBe(high);
    expect(await purgeTombstones(server.store, 180, () => Date.now() + 1000 * DAY)).toBe(0);
    expect(await readPurgedSeq(server.store.db)).toBe(high);
  });

  it('refuses to keep tombstones fewer than 180 days', async () => {
    await expect(purgeTombstones(server.store, 179)).rejects.toThrow(/TOMBSTONE_DAYS/);
    const dist = makeDist();
    try {
      await expect(
        buildApp({ distDir: dist, logger: false, tombstoneDays: 30 }, server.store),
      ).rejects.toThrow(/TOMBSTONE_DAYS/);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('purges when the server starts and then once a day, until it closes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const dist = makeDist();
    try {
      const atStart = await oldTombstone(Date.now() - 200 * DAY);
      const app = await buildApp({ distDir: dist, logger: false }, server.store);
      expect(await readPurgedSeq(server.store.db)).toBe(atStart);

      const nextDay = await oldTombstone(Date.now() - 200 * DAY);
      expect(vi.getTimerCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(PURGE_INTERVAL_MS);
      await vi.waitFor(async () => {
        expect(await readPurgedSeq(server.store.db)).toBe(nextDay);
      });

      await app.close();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
