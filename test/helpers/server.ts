/**
 * The real sync server, in-process, for client tests: a fresh SQLite file in a temp folder, the
 * demo municipality, and a `fetch` that hands each request to Fastify's `inject` (no sockets).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { RoleName } from '@/protocol/auth';
import { buildApp } from '@/server/app';
import { ensureDemoData } from '@/server/demo';
import { openStore, type Store } from '@/server/store';

/** A running test server. */
export type TestServer = {
  app: FastifyInstance;
  store: Store;
  /** The demo invitation code for a role. */
  code: (role: RoleName) => string;
  /** `fetch` against this server; relative URLs are fine. */
  fetch: typeof fetch;
  /** Stops and starts the server on the same database (e.g. after a restore). */
  restart: () => Promise<void>;
  close: () => Promise<void>;
};

/**
 * A `fetch` that hands each request to the current app's `inject` (no sockets). `app` is a getter
 * so a simulated server restart can swap the instance under running transports.
 */
export function injectFetch(app: () => FastifyInstance): typeof fetch {
  return async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(
      String(input instanceof Request ? input.url : input),
      'http://samspil.test',
    );
    const response = await app().inject({
      method: (init?.method ?? 'GET') as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      ...(typeof init?.body === 'string' ? { payload: init.body } : {}),
    });
    return new Response(response.statusCode === 204 ? null : response.body, {
      status: response.statusCode,
      headers: response.headers as Record<string, string>,
    });
  };
}

/** Starts a server on a fresh SQLite database with the demo data. */
export async function startTestServer(
  options: { rateLimitPerMinute?: number } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'samspil-client-'));
  const dist = path.join(dir, 'dist');
  mkdirSync(dist);
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Samspil</title>');
  const open = async () => {
    const store = await openStore({ dataDir: path.join(dir, 'data') });
    const app = await buildApp(
      { distDir: dist, logger: false, rateLimitPerMinute: options.rateLimitPerMinute ?? 100_000 },
      store,
    );
    return { store, app };
  };
  let { store, app } = await open();
  const invitations = await ensureDemoData(store);

  const fetch = injectFetch(() => app);

  return {
    get app() {
      return app;
    },
    get store() {
      return store;
    },
    code(role) {
      const invitation = invitations.find((i) => i.role === role);
      if (!invitation) throw new Error(`no demo code for ${role}`);
      return invitation.code;
    },
    fetch,
    async restart() {
      await app.close();
      await store.close();
      ({ store, app } = await open());
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
