/**
 * A real server for a test suite: buildApp() over a fresh SQLite file in a temp dir, or a fresh
 * database on the test run's PostgreSQL cluster, driven through app.inject().
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Session } from '@/protocol/auth';
import { wireErrorSchema, type ErrorCode } from '@/protocol/errors';
import type { Mutation, SyncResponse } from '@/protocol/sync';
import { PROTOCOL_VERSION } from '@/protocol/version';
import { encodeHlc } from '@/lib/hlc';
import { newId } from '@/lib/ids';
import { buildApp } from '@/server/app';
import type { ServerConfig } from '@/server/config';
import { ensureDemoData, type DemoInvitation } from '@/server/demo';
import { openStore, type Store, type StoreOptions } from '@/server/store';
import { freshDatabase, type TestDialect } from './databases';

export { DIALECTS, freshDatabase, type TestDialect } from './databases';

/** A temp folder holding a minimal built app. */
export function makeDist(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'samspil-dist-'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Samspil</title>');
  return dist;
}

/** A running test server and ways to talk to it. */
export type TestServer = {
  app: FastifyInstance;
  store: Store;
  /** Where its data lives (to open a second "server process" on the same database). */
  options: StoreOptions;
  demo: DemoInvitation[];
  close: () => Promise<void>;
};

/** Starts a server on a fresh database with the demo data; `config` overrides the defaults. */
export async function startServer(
  dialect: TestDialect,
  config: Partial<ServerConfig> = {},
): Promise<TestServer> {
  const options = await freshDatabase(dialect);
  const store = await openStore(options);
  const dist = makeDist();
  const app = await buildApp(
    { distDir: dist, logger: false, rateLimitPerMinute: 100_000, ...config },
    store,
  );
  const demo = await ensureDemoData(store);
  return {
    app,
    store,
    options,
    demo,
    async close() {
      await app.close();
      await store.close();
      rmSync(dist, { recursive: true, force: true });
      rmSync(options.dataDir, { recursive: true, force: true });
    },
  };
}

/** The demo code for `role`. */
export function demoCode(server: TestServer, role: DemoInvitation['role']): string {
  const found = server.demo.find((invitation) => invitation.role === role);
  if (!found) throw new Error(`no demo code for ${role}`);
  return found.code;
}

/** Redeems `code` as a new device and returns its session. */
export async function redeem(app: FastifyInstance, code: string): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/auth/redeem',
    payload: { code, deviceName: 'Testtelefon' },
  });
  if (response.statusCode !== 200) throw new Error(`redeem failed: ${response.body}`);
  return response.json<Session>();
}

/** A request with a bearer token. */
export function authed(
  app: FastifyInstance,
  session: Session,
  method: 'GET' | 'POST',
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${session.accessToken}` },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

/** An HLC stamp at `millis` (counter 0) from a fixed test node. */
export function stamp(millis: number, node = '00000000000000aa', counter = 0): string {
  return encodeHlc({ millis, counter, node });
}

/** A put mutation. */
export function put(
  id: number,
  table: string,
  key: string,
  fields: Record<string, unknown>,
  hlc: string = stamp(Date.now()),
): Mutation {
  return { id, table, key, op: 'put', fields, hlc };
}

/** A sync request body for `session`'s device. */
export function syncBody(session: Session, mutations: Mutation[], cursor = 0, limit = 1000) {
  return {
    protocol: PROTOCOL_VERSION,
    schemaVersion: 1,
    deviceId: session.deviceId,
    push: { mutations },
    pull: { cursor, limit },
  };
}

/** Posts a sync and returns the raw response. */
export function postSync(
  app: FastifyInstance,
  session: Session,
  mutations: Mutation[] = [],
  cursor = 0,
  limit = 1000,
): Promise<LightMyRequestResponse> {
  return authed(app, session, 'POST', '/v1/sync', syncBody(session, mutations, cursor, limit));
}

/** Posts a sync that must succeed and returns its body. */
export async function sync(
  app: FastifyInstance,
  session: Session,
  mutations: Mutation[] = [],
  cursor = 0,
  limit = 1000,
): Promise<SyncResponse> {
  const response = await postSync(app, session, mutations, cursor, limit);
  if (response.statusCode !== 200) throw new Error(`sync failed: ${response.body}`);
  return response.json<SyncResponse>();
}

/** Every synced row in the database, for "nothing changed" assertions. */
export async function snapshot(store: Store) {
  const rows = await store.db.selectFrom('rows').selectAll().orderBy('seq').execute();
  const seq = await store.db
    .selectFrom('server_meta')
    .select('value')
    .where('key', '=', 'seq')
    .executeTakeFirstOrThrow();
  const devices = await store.db
    .selectFrom('devices')
    .select(['id', 'last_mutation_id'])
    .orderBy('id')
    .execute();
  return { rows, seq: seq.value, devices };
}

/** A new row key. */
export const key = newId;

/** The error code of an error response (which must have the wire error shape). */
export function errorCode(response: LightMyRequestResponse): ErrorCode {
  return wireErrorSchema.parse(response.json()).error.code;
}
