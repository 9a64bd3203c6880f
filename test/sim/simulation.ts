/**
 * A seeded, reproducible multi-device sync simulation: the real client engine on fake-indexeddb
 * against the real server (SQLite file or PostgreSQL), through a transport that loses requests,
 * loses responses after the server committed, duplicates requests, replays old ones late, runs
 * devices concurrently, crashes devices between response and outbox delete, and restarts the server.
 *
 * Invariants checked at the end (and during the run for replays):
 * - every device converges to the server's state for the rows it may read;
 * - no acknowledged change is lost (the server's clock for each field is at least the change's);
 * - nothing is applied twice (a replayed, already-processed request changes nothing on the server;
 *   the server holds exactly one row per key any device created).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { SyncedRow } from '@/db/schema';
import { joinWithCode } from '@/features/account/data/join';
import type { Mutation, SyncRequest, SyncResponse } from '@/protocol/sync';
import { buildApp } from '@/server/app';
import { ensureDemoData } from '@/server/demo';
import { openStore, type Store, type StoreOptions } from '@/server/store';
import { fetchTransport, readSession, runSync, type Transport } from '@/sync';
import { freshDb } from '../helpers/db';
import { injectFetch } from '../helpers/server';
import { createRng, type Rng } from './rng';

/** What a run is made of. */
export type SimulationOptions = {
  seed: number;
  /** `sqlite`, or a PostgreSQL URL of an empty database. */
  database: { kind: 'sqlite' } | { kind: 'postgres'; url: string };
  steps: number;
};

/** What a run did, for the test's report. */
export type SimulationReport = {
  edits: number;
  syncs: number;
  lostRequests: number;
  lostResponses: number;
  duplicates: number;
  replays: number;
  crashes: number;
  restarts: number;
  acknowledged: number;
};

/** A simulated phone; `skewMs` is how far its wall clock runs ahead. */
type Device = { name: string; user: 'A' | 'B'; db: SamspilDb; sent: SyncRequest[]; skewMs: number };
/**
 * An acknowledged change. For a device whose clock the server re-stamps, `floor` holds the
 * server's clock and value per field at the moment of the ack: the change's own stamp is not what
 * the server kept, so the final state is checked against what the server said it had.
 */
type Acked = {
  device: string;
  mutation: Mutation;
  floor?: Record<string, { clock: string | undefined; value: unknown }>;
};
type ServerRow = {
  tbl: string;
  key: string;
  owner_user_id: string;
  fields: string;
  clocks: string;
  deleted: number;
  seq: number;
};

class Server {
  app!: FastifyInstance;
  store!: Store;
  private constructor(
    private readonly options: StoreOptions,
    private readonly dist: string,
  ) {}

  static async start(options: StoreOptions, dist: string): Promise<Server> {
    const server = new Server(options, dist);
    await server.open();
    return server;
  }

  private async open() {
    this.store = await openStore(this.options);
    this.app = await buildApp(
      { distDir: this.dist, logger: false, rateLimitPerMinute: 1_000_000 },
      this.store,
    );
  }

  async restart() {
    await this.close();
    await this.open();
  }

  async close() {
    await this.app.close();
    await this.store.close();
  }

  rows(): Promise<ServerRow[]> {
    return this.store.db
      .selectFrom('rows')
      .select(['tbl', 'key', 'owner_user_id', 'fields', 'clocks', 'deleted', 'seq'])
      .orderBy('tbl')
      .orderBy('key')
      .execute();
  }
}

/** Runs one simulation; throws with the seed in the message when an invariant breaks. */
export async function runSimulation(options: SimulationOptions): Promise<SimulationReport> {
  const rng = createRng(options.seed);
  const dir = mkdtempSync(path.join(tmpdir(), 'samspil-sim-'));
  const dist = path.join(dir, 'dist');
  mkdirSync(dist);
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html>');
  const storeOptions: StoreOptions =
    options.database.kind === 'sqlite'
      ? { dataDir: path.join(dir, 'data') }
      : { databaseUrl: options.database.url };
  const server = await Server.start(storeOptions, dist);
  const fetch = injectFetch(() => server.app);
  const report: SimulationReport = {
    edits: 0,
    syncs: 0,
    lostRequests: 0,
    lostResponses: 0,
    duplicates: 0,
    replays: 0,
    crashes: 0,
    restarts: 0,
    acknowledged: 0,
  };
  const acked: Acked[] = [];
  const created = new Set<string>();
  const devices: Device[] = [];
  const fail = (message: string): never => {
    throw new Error(`simulation seed ${options.seed}: ${message}`);
  };

  try {
    const code = (await ensureDemoData(server.store)).find((i) => i.role === 'volunteer')?.code;
    if (!code) fail('no demo code');
    // Two people: A with three phones, B with two. B must never see A's rows, nor A B's.
    for (const [user, count] of [['A', 3] as const, ['B', 2] as const]) {
      let first: SamspilDb | undefined;
      for (let i = 0; i < count; i++) {
        const db = freshDb();
        const userCode = first ? await deviceCode(first, fetch) : (code as string);
        const joined = await joinWithCode(db, { code: userCode, displayName: user }, fetch);
        if (!joined.ok) fail(`device ${user}${i} could not join: ${joined.problem}`);
        // A's second phone runs an hour fast: the server re-stamps its clocks.
        const skewMs = user === 'A' && i === 1 ? 3_600_000 : 0;
        devices.push({ name: `${user}${i}`, user, db, sent: [], skewMs });
        first ??= db;
      }
    }

    const reliable = fetchTransport('', fetch);
    const faulty = (device: Device): Transport => ({
      refresh: reliable.refresh,
      async sync(request, token) {
        device.sent.push(request);
        const roll = rng.next();
        if (roll < 0.1) {
          report.lostRequests++;
          throw new TypeError('request lost');
        }
        let result = await reliable.sync(request, token);
        if (roll < 0.15) {
          // The same request arrives twice; the client sees the second answer.
          report.duplicates++;
          result = await reliable.sync(request, token);
        }
        if (roll > 0.82) {
          report.lostResponses++;
          throw new TypeError('response lost after the server committed');
        }
        if (result.ok) await recordAcks(device, request, result.body);
        return result;
      },
    });

    const recordAcks = async (device: Device, request: SyncRequest, response: SyncResponse) => {
      if (response.ack.rejected.length > 0) {
        fail(`server refused ${JSON.stringify(response.ack.rejected)}`);
      }
      for (const mutation of request.push.mutations) {
        if (mutation.id > response.ack.lastMutationId) continue;
        if (device.skewMs === 0 || mutation.op === 'delete') {
          acked.push({ device: device.name, mutation });
          continue;
        }
        const row = (await server.rows()).find((r) => r.key === mutation.key);
        const clocks = JSON.parse(row?.clocks ?? '{}') as Record<string, string>;
        const fields = JSON.parse(row?.fields ?? '{}') as Record<string, unknown>;
        const floor = Object.fromEntries(
          Object.keys(mutation.fields).map((f) => [f, { clock: clocks[f], value: fields[f] }]),
        );
        acked.push({ device: device.name, mutation, floor });
      }
    };

    const syncDevice = async (device: Device, transport: Transport) => {
      report.syncs++;
      try {
        // Small batches leave edits waiting while rows arrive: the case where a pull meets a pending edit.
        const outcome = await runSync(device.db, transport, { pushLimit: rng.int(1, 4) });
        if (outcome.kind !== 'synced' && outcome.kind !== 'retry') {
          fail(`${device.name} sync ended ${JSON.stringify(outcome)}`);
        }
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
      }
      await checkPendingEditsVisible(device, fail);
    };

    for (let step = 0; step < options.steps; step++) {
      const device = rng.pick(devices);
      const roll = rng.next();
      if (roll < 0.45) {
        await edit(device, rng, created);
        report.edits++;
      } else if (roll < 0.75) {
        await syncDevice(device, faulty(device));
      } else if (roll < 0.85) {
        // Several devices at once: the server decides the order.
        const group = rng.sample(devices, rng.int(2, 4));
        await Promise.all(group.map((d) => syncDevice(d, faulty(d))));
      } else if (roll < 0.92) {
        // The app is killed: whatever was not committed locally is gone, IndexedDB stays.
        device.db.close();
        await device.db.open();
        report.crashes++;
      } else if (roll < 0.98) {
        await replayOld(device, server, reliable, report, fail);
      } else {
        await server.restart();
        report.restarts++;
      }
    }

    // The network heals: everyone syncs until nothing moves.
    for (let round = 0; round < 3; round++) {
      for (const device of devices) {
        const outcome = await runSync(device.db, {
          ...reliable,
          async sync(request, token) {
            const result = await reliable.sync(request, token);
            if (result.ok) await recordAcks(device, request, result.body);
            return result;
          },
        });
        if (outcome.kind !== 'synced')
          fail(`${device.name} final sync: ${JSON.stringify(outcome)}`);
      }
    }

    report.acknowledged = acked.length;
    await checkInvariants(devices, await server.rows(), acked, created, fail);
    return report;
  } finally {
    await server.close().catch(() => undefined);
    await Promise.all(devices.map((d) => d.db.delete()));
    rmSync(dir, { recursive: true, force: true });
  }
}

async function deviceCode(db: SamspilDb, fetch: typeof globalThis.fetch): Promise<string> {
  const session = await readSession(db);
  const response = await fetch('/v1/auth/device-code', {
    method: 'POST',
    headers: { authorization: `Bearer ${session?.accessToken ?? ''}` },
  });
  return ((await response.json()) as { code: string }).code;
}

const NOTES = ['kortspil', 'gåtur', 'kaffe', 'sang', 'avis', 'bingo'];

/** A random local edit: a new activity, a change to one this device has, or a delete. */
async function edit(device: Device, rng: Rng, created: Set<string>) {
  const now = Date.now() + device.skewMs;
  const existing = (await device.db.activities.toArray()).filter((a) => !a._deleted);
  const roll = rng.next();
  if (existing.length === 0 || roll < 0.35) {
    const row = await mutate(
      device.db,
      {
        table: 'activities',
        op: 'put',
        fields: {
          date: `2026-11-${String(rng.int(1, 28)).padStart(2, '0')}`,
          durationMinutes: rng.pick([30, 60, 90, 120]),
          activityType: 'cards',
          note: rng.pick(NOTES),
          createdAt: now,
        },
      },
      now,
    );
    created.add(row.id);
  } else if (roll < 0.9) {
    const target = rng.pick(existing);
    const fields =
      rng.next() < 0.5
        ? { note: rng.pick(NOTES) }
        : { durationMinutes: rng.pick([30, 45, 60, 75]) };
    await mutate(device.db, { table: 'activities', op: 'put', key: target.id, fields }, now);
  } else {
    await mutate(device.db, { table: 'activities', op: 'delete', key: rng.pick(existing).id }, now);
  }
}

/**
 * Delivers an old request of this device again, late. When the server had already processed all
 * of its mutations, the server's rows must not change at all.
 */
async function replayOld(
  device: Device,
  server: Server,
  reliable: Transport,
  report: SimulationReport,
  fail: (message: string) => never,
) {
  const session = await readSession(device.db);
  const old = device.sent.length > 0 ? device.sent[Math.floor(device.sent.length / 2)] : undefined;
  if (!session || !old || old.push.mutations.length === 0) return;
  const processed = await server.store.db
    .selectFrom('devices')
    .select('last_mutation_id')
    .where('id', '=', session.deviceId)
    .executeTakeFirstOrThrow();
  const allProcessed = old.push.mutations.every((m) => m.id <= processed.last_mutation_id);
  const before = canonical(await server.rows());
  const result = await reliable.sync(old, session.accessToken);
  report.replays++;
  if (result.ok && allProcessed && canonical(await server.rows()) !== before) {
    fail(`replaying an already-processed request from ${device.name} changed the server`);
  }
}

/**
 * Pending local edits survive a pull: every field a waiting outbox entry wrote still carries that
 * entry's clock or a newer one on the device (what the user typed does not flicker back).
 */
async function checkPendingEditsVisible(device: Device, fail: (message: string) => never) {
  for (const entry of await device.db.outbox.toArray()) {
    if (entry.table !== 'activities' || entry.op !== 'put') continue;
    const row = await device.db.activities.get(entry.key);
    if (!row) fail(`${device.name} lost the row of a pending edit ${entry.key}`);
    if (row._deleted) continue;
    for (const field of Object.keys(entry.fields)) {
      const clock = row._hlc[field];
      if (clock === undefined || clock < entry.hlc) {
        fail(`${device.name}: a pull overwrote the pending edit of ${field} on ${entry.key}`);
      }
    }
  }
}

/** JSON with sorted keys, so two objects compare by content, not by key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

const byKeyOrder = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);

/** A device row as the server would hold it: deleted flag and the domain fields only. */
function localView(row: SyncedRow) {
  const fields: Record<string, unknown> = { ...row };
  for (const meta of ['id', '_hlc', '_deleted', '_scope']) Reflect.deleteProperty(fields, meta);
  return { deleted: row._deleted === true, fields: row._deleted ? {} : fields };
}

async function checkInvariants(
  devices: Device[],
  rows: ServerRow[],
  acked: Acked[],
  created: Set<string>,
  fail: (message: string) => never,
) {
  const activityRows = rows.filter((r) => r.tbl === 'activities');
  // Applied once: one server row per created key, none missing, none extra.
  const serverKeys = new Set(activityRows.map((r) => r.key));
  if (serverKeys.size !== created.size || [...created].some((key) => !serverKeys.has(key))) {
    fail(`server has ${serverKeys.size} activities, devices created ${created.size}`);
  }

  // No acknowledged change lost.
  const byKey = new Map(rows.map((r) => [`${r.tbl}/${r.key}`, r]));
  for (const { device, mutation, floor } of acked) {
    const row = byKey.get(`${mutation.table}/${mutation.key}`);
    if (!row) fail(`acknowledged ${mutation.table}/${mutation.key} from ${device} is missing`);
    if (mutation.op === 'delete') {
      if (!row.deleted) fail(`acknowledged delete of ${mutation.key} from ${device} was undone`);
      continue;
    }
    if (row.deleted) continue;
    const clocks = JSON.parse(row.clocks) as Record<string, string>;
    const fields = JSON.parse(row.fields) as Record<string, unknown>;
    for (const [field, value] of Object.entries(mutation.fields)) {
      const clock = clocks[field];
      const kept = floor?.[field];
      if (kept) {
        if (clock === undefined || (kept.clock !== undefined && clock < kept.clock)) {
          fail(`acknowledged ${field} of ${mutation.key} from ${device} went back in time`);
        }
        if (clock === kept.clock && canonical(fields[field]) !== canonical(kept.value)) {
          fail(`${field} of ${mutation.key} changed without a newer clock`);
        }
        continue;
      }
      if (clock === undefined || clock < mutation.hlc) {
        fail(`acknowledged ${field} of ${mutation.key} from ${device} was lost`);
      }
      if (clock === mutation.hlc && canonical(fields[field]) !== canonical(value)) {
        fail(`${field} of ${mutation.key} carries ${device}'s clock but another value`);
      }
    }
  }

  // Every device equals the server for what its person may read, and sees nothing else.
  const owners = new Map<string, string>();
  for (const device of devices) {
    const session = await readSession(device.db);
    if (!session) fail(`${device.name} lost its session`);
    owners.set(device.name, session.userId);
  }
  for (const device of devices) {
    if ((await device.db.outbox.count()) > 0) fail(`${device.name} still has an outbox`);
    const userId = owners.get(device.name);
    const expected = activityRows
      .filter((r) => r.owner_user_id === userId)
      .map((r) => ({
        key: r.key,
        deleted: r.deleted === 1,
        fields: r.deleted ? {} : (JSON.parse(r.fields) as Record<string, unknown>),
      }))
      .sort(byKeyOrder);
    const local = (await device.db.activities.toArray())
      .map((row) => ({ key: row.id, ...localView(row) }))
      .map(({ key, deleted, fields }) => ({ key, deleted, fields }))
      .sort(byKeyOrder);
    if (canonical(local) !== canonical(expected)) {
      fail(`${device.name} differs from the server:\n${canonical(local)}\n${canonical(expected)}`);
    }
  }
}
