// @vitest-environment node
/**
 * seq becomes visible in commit order: a reader that follows the cursor never skips a row, even
 * while other pushes (from other server processes on PostgreSQL) commit around it.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import type { Session } from '@/protocol/auth';
import { openStore, readSeq, saveSeq } from '@/server/store';
import {
  authed,
  demoCode,
  DIALECTS,
  key,
  put,
  redeem,
  startServer,
  sync,
  type TestServer,
} from './harness';

async function secondDevice(server: TestServer, first: Session): Promise<Session> {
  const response = await authed(server.app, first, 'POST', '/v1/auth/device-code');
  return redeem(server.app, response.json<{ code: string }>().code);
}

/** Follows the cursor from 0 to the end; returns the keys in the order they were pulled. */
async function follow(server: TestServer, reader: Session, from = 0) {
  const keys: string[] = [];
  let cursor = from;
  for (;;) {
    const body = await sync(server.app, reader, [], cursor, 50);
    // Only what the tests push (not the demo institution's info or the roster row).
    keys.push(...body.pull.rows.filter((row) => row.table === 'activities').map((row) => row.key));
    cursor = body.pull.cursor;
    if (!body.pull.hasMore) return { keys, cursor };
  }
}

describe.each(DIALECTS)('seq order on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(dialect);
  });
  afterAll(async () => {
    await server.close();
  });

  it('a reader following the cursor during concurrent pushes sees every row once', async () => {
    const owner = await redeem(server.app, demoCode(server, 'volunteer'));
    const devices = [
      owner,
      ...(await Promise.all([1, 2, 3, 4, 5].map(() => secondDevice(server, owner)))),
    ];
    const reader = await secondDevice(server, owner);
    const written: string[] = [];
    let done = false;
    const seen: string[] = [];
    const reading = (async () => {
      let cursor = 0;
      while (!done) {
        const step = await follow(server, reader, cursor);
        seen.push(...step.keys);
        cursor = step.cursor;
      }
      seen.push(...(await follow(server, reader, cursor)).keys);
    })();
    await Promise.all(
      devices.map(async (device) => {
        for (let push = 1; push <= 5; push++) {
          const keys = [key(), key(), key()];
          written.push(...keys);
          await sync(
            server.app,
            device,
            keys.map((k, index) => put(push * 10 + index, 'activities', k, { note: 'x' })),
          );
        }
      }),
    );
    done = true;
    await reading;
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(new Set(written));
  });
});

describe('seq order on postgres, across server processes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer('postgres');
  });
  afterAll(async () => {
    await server.close();
  });

  it('a push waits for another process’s open push and gets the later seq', async () => {
    const device = await redeem(server.app, demoCode(server, 'volunteer'));
    const reader = await secondDevice(server, device);
    // A second server process: its own store and connection pool on the same database.
    const other = await openStore(server.options);
    const otherKey = key();
    const pushedKey = key();
    let pushed: Promise<unknown> | undefined;
    try {
      await other.db.transaction().execute(async (trx) => {
        // The other process is mid-push: it holds the writers' lock and has taken seq N.
        await other.lockWriters(trx);
        const seq = (await readSeq(trx)) + 1;
        await saveSeq(trx, seq);
        await trx
          .insertInto('rows')
          .values({
            tbl: 'activities',
            key: otherKey,
            scope: `user:${device.userId}`,
            owner_user_id: device.userId,
            fields: '{"note":"fra den anden proces"}',
            clocks: '{}',
            deleted: 0,
            seq,
            changed_at: Date.now(),
          })
          .execute();

        // Our push starts now and must wait for the lock, not take seq N+1 and commit first.
        pushed = sync(server.app, device, [put(1, 'activities', pushedKey, { note: 'her' })]);
        while (!(await advisoryLockWaiters(other))) await sleep(5);
        // Meanwhile a reader sees neither row: nothing it could skip later.
        expect((await follow(server, reader)).keys).toEqual([]);
      });
      await pushed;
      // Committed in order otherKey, pushedKey: the cursor shows them in that order.
      expect((await follow(server, reader)).keys).toEqual([otherKey, pushedKey]);
    } finally {
      await other.close();
    }
  });
});

async function advisoryLockWaiters(store: { db: TestServer['store']['db'] }): Promise<boolean> {
  const result = await sql<{ waiting: number }>`
    select count(*)::int as waiting from pg_locks where locktype = 'advisory' and not granted
  `.execute(store.db);
  return (result.rows[0]?.waiting ?? 0) > 0;
}
