/**
 * Sync server benchmarks over real HTTP on 127.0.0.1, on SQLite and on PostgreSQL: a push of 1,000
 * mutations, a pull of 10,000 rows, 200 changes in one round trip, sustained mutations per second,
 * bytes on the wire per mutation, and 200 devices syncing at once (p50/p99 and errors).
 * Bounded in count and time; stops by itself. Numbers only: nothing here asserts a timing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { encodeHlc, tickHlc, zeroHlc, type Hlc } from '@/lib/hlc';
import { newId, newNodeId } from '@/lib/ids';
import type { Session } from '@/protocol/auth';
import type { Mutation, SyncRequest, SyncResponse } from '@/protocol/sync';
import { PROTOCOL_VERSION } from '@/protocol/version';
import { buildApp } from '@/server/app';
import { ensureDemoData } from '@/server/demo';
import { openStore, type StoreOptions } from '@/server/store';
import { startPostgresCluster } from '../helpers/postgres-cluster';
import { median, percentile, round } from './stats';

/** One result line. */
export type SyncBenchLine = {
  bench: string;
  value: number;
  unit: 'ms' | 'bytes' | 'per-second' | 'count';
} & Record<string, unknown>;

type Client = { session: Session; clock: Hlc; nextId: number; cursor: number };

async function post(
  base: string,
  url: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; body: unknown; bytes: number }> {
  const payload = JSON.stringify(body);
  const response = await fetch(`${base}${url}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: payload,
  });
  return {
    status: response.status,
    body: (await response.json()) as unknown,
    bytes: Buffer.byteLength(payload),
  };
}

async function join(base: string, code: string): Promise<Client> {
  const { status, body } = await post(base, '/v1/auth/redeem', { code });
  if (status !== 200) throw new Error(`redeem answered ${status}`);
  return { session: body as Session, clock: zeroHlc(newNodeId()), nextId: 1, cursor: 0 };
}

function activityMutations(client: Client, count: number): Mutation[] {
  return Array.from({ length: count }, () => {
    client.clock = tickHlc(client.clock, Date.now());
    return {
      id: client.nextId++,
      table: 'activities',
      key: newId(),
      op: 'put' as const,
      fields: {
        date: '2026-11-23',
        durationMinutes: 120,
        activityType: 'cards',
        note: 'Kortspil i dagligstuen',
        createdAt: Date.now(),
      },
      hlc: encodeHlc(client.clock),
    };
  });
}

async function sync(base: string, client: Client, mutations: Mutation[], limit = 1000) {
  const request: SyncRequest = {
    protocol: PROTOCOL_VERSION,
    schemaVersion: 1,
    deviceId: client.session.deviceId,
    push: { mutations },
    pull: { cursor: client.cursor, limit },
  };
  const result = await post(base, '/v1/sync', request, client.session.accessToken);
  if (result.status !== 200) throw new Error(`sync answered ${result.status}`);
  const body = result.body as SyncResponse;
  client.cursor = body.pull.cursor;
  return { ...result, body };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

/** Runs every sync bench on one database; `emit` gets each line. */
async function benchOne(
  label: 'sqlite' | 'postgres',
  storeOptions: StoreOptions,
  emit: (line: SyncBenchLine) => void,
) {
  const dir = mkdtempSync(path.join(tmpdir(), 'samspil-syncbench-'));
  const dist = path.join(dir, 'dist');
  mkdirSync(dist);
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html>');
  const store = await openStore(
    label === 'sqlite' ? { dataDir: path.join(dir, 'data') } : storeOptions,
  );
  const app = await buildApp(
    { distDir: dist, logger: false, rateLimitPerMinute: 1_000_000 },
    store,
  );
  try {
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const code = (await ensureDemoData(store)).find((i) => i.role === 'volunteer')?.code ?? '';

    // 200 changes in one round trip (median of 10, each a fresh device).
    const roundTrips: number[] = [];
    let bytesPerMutation = 0;
    for (let run = 0; run < 10; run++) {
      const client = await join(base, code);
      const mutations = activityMutations(client, 200);
      const { ms, result } = await timed(() => sync(base, client, mutations));
      roundTrips.push(ms);
      bytesPerMutation = result.bytes / mutations.length;
    }
    emit({
      bench: `sync-${label}-200-changes-round-trip`,
      value: round(median(roundTrips)),
      unit: 'ms',
      p95: round(percentile(roundTrips, 95)),
      goal: label === 'sqlite' ? 100 : undefined,
    });
    emit({
      bench: 'sync-bytes-per-mutation',
      value: Math.round(bytesPerMutation),
      unit: 'bytes',
      dialect: label,
    });

    // A push of 1,000 mutations (two requests of 500).
    const pusher = await join(base, code);
    const push = await timed(async () => {
      await sync(base, pusher, activityMutations(pusher, 500));
      await sync(base, pusher, activityMutations(pusher, 500));
    });
    emit({ bench: `sync-${label}-push-1000`, value: round(push.ms), unit: 'ms' });

    // Sustained: 4 devices pushing 500 at a time until 20,000 mutations are in.
    const writers = await Promise.all(Array.from({ length: 4 }, () => join(base, code)));
    const sustained = await timed(() =>
      Promise.all(
        writers.map(async (writer) => {
          for (let batch = 0; batch < 10; batch++)
            await sync(base, writer, activityMutations(writer, 500));
        }),
      ),
    );
    emit({
      bench: `sync-${label}-sustained`,
      value: Math.round(20_000 / (sustained.ms / 1000)),
      unit: 'per-second',
      mutations: 20_000,
      goal: label === 'sqlite' ? 2000 : undefined,
    });

    // A pull of 10,000 rows: a second device of the pusher's person reads them in pages of 1,000.
    const owner = await join(base, code);
    for (let batch = 0; batch < 20; batch++) await sync(base, owner, activityMutations(owner, 500));
    const linked = await post(base, '/v1/auth/device-code', {}, owner.session.accessToken);
    const linkCode = (linked.body as { code: string }).code;
    const reader = await join(base, linkCode);
    const pull = await timed(async () => {
      let rows = 0;
      for (;;) {
        const { body } = await sync(base, reader, [], 1000);
        rows += body.pull.rows.length;
        if (!body.pull.hasMore) return rows;
      }
    });
    emit({
      bench: `sync-${label}-pull-10000`,
      value: round(pull.ms),
      unit: 'ms',
      rows: pull.result,
    });

    // 200 devices at once, each pushing 10 changes and pulling.
    const crowd = [];
    for (let i = 0; i < 200; i++) crowd.push(await join(base, code));
    let errors = 0;
    const latencies = await Promise.all(
      crowd.map(async (client) => {
        try {
          return (await timed(() => sync(base, client, activityMutations(client, 10)))).ms;
        } catch {
          errors++;
          return Number.NaN;
        }
      }),
    );
    const ok = latencies.filter((ms) => Number.isFinite(ms));
    emit({ bench: `sync-${label}-200-devices-p50`, value: round(median(ok)), unit: 'ms' });
    emit({ bench: `sync-${label}-200-devices-p99`, value: round(percentile(ok, 99)), unit: 'ms' });
    emit({ bench: `sync-${label}-200-devices-errors`, value: errors, unit: 'count', goal: 0 });
  } finally {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the sync benches on SQLite, then on a throwaway PostgreSQL cluster. */
export async function runSyncBenches(emit: (line: SyncBenchLine) => void): Promise<void> {
  await benchOne('sqlite', {}, emit);
  const cluster = await startPostgresCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database syncbench');
    await admin.end();
    await benchOne(
      'postgres',
      { databaseUrl: cluster.url.replace(/\/postgres$/, '/syncbench') },
      emit,
    );
  } finally {
    cluster.stop();
  }
}
