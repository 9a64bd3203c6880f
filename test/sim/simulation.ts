/**
 * A seeded, reproducible multi-device sync simulation: the real client engine on fake-indexeddb
 * against the real server (SQLite file or PostgreSQL), through a transport that loses requests,
 * loses responses after the server committed, duplicates requests, replays old ones late, runs
 * devices concurrently, crashes devices after the server committed but before their local apply
 * commits, kills idle apps, and restarts the server.
 *
 * Two volunteers edit their own activities on several phones; a caseworker and a contact person
 * of one team edit the team's plan at the same time. invariants.ts says what is checked at the
 * end; during the run, a replayed already-processed request must change nothing on the server,
 * a pull must not overwrite a pending edit, and a crash must leave the device's outbox and cursor
 * as they were.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SamspilDb } from '@/db/database';
import { joinWithCode } from '@/features/account/data/join';
import type { RoleName } from '@/protocol/auth';
import type { SyncRequest, SyncResponse } from '@/protocol/sync';
import { ensureDemoData } from '@/server/demo';
import type { StoreOptions } from '@/server/store';
import { fetchTransport, readSession, runSync, type Transport } from '@/sync';
import { freshDb } from '../helpers/db';
import { injectFetch } from '../helpers/server';
import {
  checkRolledBack,
  CRASH_RATE,
  crashingWhileApplied,
  DeviceCrash,
  restartApp,
} from './crash';
import { editedTableOf, randomEdit, type EditedTable } from './edits';
import {
  canonical,
  checkInvariants,
  checkPendingEditsVisible,
  type Acked,
  type Device,
  type Fail,
} from './invariants';
import { createRng } from './rng';
import { SimServer } from './sim-server';

/** What a run is made of. */
export type SimulationOptions = {
  seed: number;
  /** `sqlite`, or a PostgreSQL URL of an empty database. */
  database: { kind: 'sqlite' } | { kind: 'postgres'; url: string };
  steps: number;
};

/** What a run did, for the test's report: how often each fault was injected. */
export type SimulationReport = {
  edits: number;
  syncs: number;
  lostRequests: number;
  lostResponses: number;
  duplicates: number;
  replays: number;
  /** Devices that died applying a response the server had committed. */
  crashes: number;
  /** Idle apps killed between steps. */
  appRestarts: number;
  serverRestarts: number;
  acknowledged: number;
};

/** A phone in the run: the table its person edits and every request it sent. */
type SimDevice = Device & { table: EditedTable; sent: SyncRequest[] };

/** Who takes part: two volunteers, and two staff of one team who share its plan. */
const PEOPLE: readonly { name: string; role: RoleName; phones: number }[] = [
  { name: 'A', role: 'volunteer', phones: 3 },
  { name: 'B', role: 'volunteer', phones: 2 },
  { name: 'C', role: 'caseworker', phones: 1 },
  { name: 'K', role: 'contact', phones: 1 },
];

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
  const server = await SimServer.start(storeOptions, dist);
  const fetch = injectFetch(() => server.app);
  const report: SimulationReport = {
    edits: 0,
    syncs: 0,
    lostRequests: 0,
    lostResponses: 0,
    duplicates: 0,
    replays: 0,
    crashes: 0,
    appRestarts: 0,
    serverRestarts: 0,
    acknowledged: 0,
  };
  const acked: Acked[] = [];
  const created = new Set<string>();
  const devices: SimDevice[] = [];
  const fail: Fail = (message) => {
    throw new Error(`simulation seed ${options.seed}: ${message}`);
  };

  try {
    const codes = await ensureDemoData(server.store);
    // Each person joins with their role's code on the first phone, then adds the others with a
    // one-time code. The volunteers must never see each other's rows.
    for (const person of PEOPLE) {
      let first: SamspilDb | undefined;
      for (let i = 0; i < person.phones; i++) {
        const db = freshDb();
        const code = first
          ? await deviceCode(first, fetch)
          : codes.find((c) => c.role === person.role)?.code;
        if (!code) fail(`no demo code for ${person.role}`);
        const joined = await joinWithCode(db, { code, displayName: person.name }, fetch);
        if (!joined.ok) fail(`device ${person.name}${i} could not join: ${joined.problem}`);
        // A's second phone and K's phone run an hour fast: the server re-stamps their clocks, so
        // only there would a change applied twice get a new stamp and win over a later one.
        const skewMs = (person.name === 'A' && i === 1) || person.name === 'K' ? 3_600_000 : 0;
        const table = editedTableOf(person.role);
        devices.push({ name: `${person.name}${i}`, db, table, sent: [], skewMs });
        first ??= db;
      }
    }

    const reliable = fetchTransport('', fetch);
    const faulty = (device: SimDevice): Transport => ({
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
        if (!result.ok) return result;
        await recordAcks(device, request, result.body);
        if (rng.next() >= CRASH_RATE) return result;
        const survive = rng.int(0, result.body.pull.rows.length);
        return { ok: true, body: crashingWhileApplied(result.body, request, survive) };
      },
    });

    const recordAcks = async (device: SimDevice, request: SyncRequest, response: SyncResponse) => {
      if (response.ack.rejected.length > 0) {
        fail(`server refused ${JSON.stringify(response.ack.rejected)}`);
      }
      for (const mutation of request.push.mutations) {
        if (mutation.id > response.ack.lastMutationId) continue;
        if (device.skewMs === 0 || mutation.op === 'delete') {
          acked.push({ device: device.name, mutation });
          continue;
        }
        const row = await server.row(mutation.table, mutation.key);
        const clocks = JSON.parse(row?.clocks ?? '{}') as Record<string, string>;
        const fields = JSON.parse(row?.fields ?? '{}') as Record<string, unknown>;
        const floor = Object.fromEntries(
          Object.keys(mutation.fields).map((f) => [f, { clock: clocks[f], value: fields[f] }]),
        );
        acked.push({ device: device.name, mutation, floor });
      }
    };

    /** One sync through the faulty network; answers the request a crash interrupted, if any. */
    const syncDevice = async (device: SimDevice): Promise<SyncRequest | undefined> => {
      report.syncs++;
      let crashed: SyncRequest | undefined;
      try {
        // Small batches leave edits waiting while rows arrive: the case where a pull meets a pending edit.
        const outcome = await runSync(device.db, faulty(device), { pushLimit: rng.int(1, 4) });
        if (outcome.kind !== 'synced' && outcome.kind !== 'retry') {
          fail(`${device.name} sync ended ${JSON.stringify(outcome)}`);
        }
      } catch (error) {
        if (error instanceof DeviceCrash) {
          // The phone starts again, as after a real crash; the next sync pushes the same changes.
          report.crashes++;
          await restartApp(device.db);
          await checkRolledBack(device, error.request, fail);
          crashed = error.request;
        } else if (!(error instanceof TypeError)) {
          throw error;
        }
      }
      await checkPendingEditsVisible(device, fail);
      return crashed;
    };

    /**
     * Devices sync at the same time: the server decides the order. Then each device that crashed
     * pushes again what the server had committed before the crash, alone, so the server's rows
     * can be compared before and after.
     */
    const syncTogether = async (group: SimDevice[]) => {
      const crashed = await Promise.all(group.map(syncDevice));
      for (const [i, request] of crashed.entries()) {
        const device = group[i];
        if (device && request) await redeliver(device, request, server, reliable, fail);
      }
    };

    for (let step = 0; step < options.steps; step++) {
      const device = rng.pick(devices);
      const roll = rng.next();
      if (roll < 0.45) {
        const now = Date.now() + device.skewMs;
        const key = await randomEdit(device.db, device.table, rng, now);
        if (key) created.add(`${device.table}/${key}`);
        report.edits++;
      } else if (roll < 0.75) {
        await syncTogether([device]);
      } else if (roll < 0.85) {
        await syncTogether(rng.sample(devices, rng.int(2, 4)));
      } else if (roll < 0.92) {
        await restartApp(device.db);
        report.appRestarts++;
      } else if (roll < 0.98) {
        // An old request arrives again, late.
        const old = device.sent[Math.floor(device.sent.length / 2)];
        if (old && (await redeliver(device, old, server, reliable, fail))) report.replays++;
      } else {
        await server.restart();
        report.serverRestarts++;
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
    const rows = await server.rows();
    await checkInvariants(devices, { db: server.store.db, rows }, acked, created, fail);
    return report;
  } finally {
    await server.close().catch(() => undefined);
    await Promise.all(devices.map((d) => d.db.delete()));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A one-time code that adds another phone to the person signed in on `db`. */
async function deviceCode(db: SamspilDb, fetch: typeof globalThis.fetch): Promise<string> {
  const session = await readSession(db);
  const response = await fetch('/v1/auth/device-code', {
    method: 'POST',
    headers: { authorization: `Bearer ${session?.accessToken ?? ''}` },
  });
  return ((await response.json()) as { code: string }).code;
}

/**
 * Delivers `request` of `device` again. When the server had already processed all of its
 * mutations, the server's rows must not change at all: nothing is applied twice. False when there
 * was nothing to deliver.
 */
async function redeliver(
  device: SimDevice,
  request: SyncRequest,
  server: SimServer,
  reliable: Transport,
  fail: Fail,
): Promise<boolean> {
  const session = await readSession(device.db);
  if (!session || request.push.mutations.length === 0) return false;
  const processed = await server.store.db
    .selectFrom('devices')
    .select('last_mutation_id')
    .where('id', '=', session.deviceId)
    .executeTakeFirstOrThrow();
  const allProcessed = request.push.mutations.every((m) => m.id <= processed.last_mutation_id);
  const before = allProcessed ? canonical(await server.rows()) : undefined;
  const result = await reliable.sync(request, session.accessToken);
  if (result.ok && before !== undefined && canonical(await server.rows()) !== before) {
    fail(`delivering an already-processed request from ${device.name} again changed the server`);
  }
  return true;
}
