// @vitest-environment node
/**
 * Scale-out: two server processes on two ports over one PostgreSQL database. Devices alternate
 * between them request by request, several at once; in the end every device equals the database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import { joinWithCode } from '@/features/account/data/join';
import { fetchTransport, readSession, runSync, type Transport } from '@/sync';
import { freshDb } from '../helpers/db';
import { createTestDatabase } from '../helpers/postgres';
import { freePort } from '../helpers/postgres-cluster';
import { createRng } from '../sim/rng';

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${base} did not come up`);
}

/** `fetch` against one server, for the relative paths the client uses. */
function fetchAt(base: string): typeof fetch {
  return (input, init) => fetch(`${base}${typeof input === 'string' ? input : ''}`, init);
}

let url: string;
let dir: string;
const servers: { base: string; child: ChildProcess }[] = [];
const dbs: SamspilDb[] = [];

beforeAll(async () => {
  url = await createTestDatabase('scaleout');
  dir = mkdtempSync(path.join(tmpdir(), 'samspil-scaleout-'));
  mkdirSync(path.join(dir, 'dist'));
  writeFileSync(path.join(dir, 'dist', 'index.html'), '<!doctype html>');
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...process.env,
        TSX_TSCONFIG_PATH: 'tsconfig.node.json',
        DATABASE_URL: url,
        PORT: String(port),
        HOST: '127.0.0.1',
        DIST_DIR: path.join(dir, 'dist'),
        LOG_LEVEL: 'silent',
        RATE_LIMIT_PER_MINUTE: '100000',
      },
      stdio: 'ignore',
    });
    servers.push({ base: `http://127.0.0.1:${port}`, child });
  }
  await Promise.all(servers.map((s) => waitForHealth(s.base, s.child)));
}, 60_000);

afterAll(async () => {
  for (const { child } of servers) child.kill('SIGTERM');
  await Promise.all(dbs.map((db) => db.delete()));
  rmSync(dir, { recursive: true, force: true });
});

async function demoVolunteerCode(): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const result = await client.query<{ value: string }>(
        "select value from server_meta where key = 'demo'",
      );
      const row = result.rows[0];
      if (row) {
        const codes = JSON.parse(row.value) as { role: string; code: string }[];
        const code = codes.find((c) => c.role === 'volunteer')?.code;
        if (code) return code;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('no demo data');
  } finally {
    await client.end();
  }
}

describe('two server processes over one PostgreSQL', () => {
  it('converge while devices alternate between them', async () => {
    const rng = createRng(7);
    // Each request goes to the other server than the one before.
    let turn = 0;
    const alternating = (): Transport => {
      const transports = servers.map((s) => fetchTransport(s.base));
      return {
        sync: (request, token) => transports[turn++ % 2]!.sync(request, token),
        refresh: (token) => transports[turn++ % 2]!.refresh(token),
      };
    };

    const code = await demoVolunteerCode();
    const devices: SamspilDb[] = [];
    for (let person = 0; person < 2; person++) {
      const first = freshDb();
      dbs.push(first);
      const joined = await joinWithCode(
        first,
        { code, displayName: `P${person}` },
        fetchAt(servers[person % 2]!.base),
      );
      expect(joined.ok).toBe(true);
      devices.push(first);
      const session = await readSession(first);
      const link = await fetch(`${servers[(person + 1) % 2]!.base}/v1/auth/device-code`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session?.accessToken ?? ''}` },
      });
      const second = freshDb();
      dbs.push(second);
      const linkCode = ((await link.json()) as { code: string }).code;
      const joinedSecond = await joinWithCode(
        second,
        { code: linkCode, displayName: 'x' },
        fetchAt(servers[(person + 1) % 2]!.base),
      );
      expect(joinedSecond.ok).toBe(true);
      devices.push(second);
    }

    for (let step = 0; step < 80; step++) {
      const device = rng.pick(devices);
      const existing = (await device.activities.toArray()).filter((a) => !a._deleted);
      if (rng.next() < 0.5 || existing.length === 0) {
        await mutate(device, {
          table: 'activities',
          op: 'put',
          ...(existing.length > 0 && rng.next() < 0.5 ? { key: rng.pick(existing).id } : {}),
          fields: {
            date: '2026-11-23',
            durationMinutes: rng.pick([30, 60, 90]),
            activityType: 'walk',
            note: rng.pick(['a', 'b', 'c']),
            createdAt: Date.now(),
          },
        });
      } else {
        // Two or three devices sync at the same moment, through different servers.
        await Promise.all(
          rng
            .sample(devices, rng.int(2, 3))
            .map((d) => runSync(d, alternating(), { pushLimit: 3 })),
        );
      }
    }
    for (let round = 0; round < 2; round++) {
      for (const device of devices) {
        expect(await runSync(device, alternating())).toMatchObject({ kind: 'synced' });
      }
    }

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{
      key: string;
      owner_user_id: string;
      fields: string;
      seq: string;
    }>("select key, owner_user_id, fields, seq from rows where tbl = 'activities' order by seq");
    await client.end();
    // Every row change got its own seq: commit order held across both processes.
    expect(new Set(rows.map((r) => r.seq)).size).toBe(rows.length);

    for (const device of devices) {
      const session = await readSession(device);
      const expected = rows
        .filter((r) => r.owner_user_id === session?.userId)
        .map((r) => ({ key: r.key, note: (JSON.parse(r.fields) as { note?: string }).note }))
        .sort((a, b) => (a.key < b.key ? -1 : 1));
      const local = (await device.activities.toArray())
        .map((a) => ({ key: a.id, note: a.note }))
        .sort((a, b) => (a.key < b.key ? -1 : 1));
      expect(local).toEqual(expected);
      expect(await device.outbox.count()).toBe(0);
    }
  }, 120_000);
});
