/**
 * The admin screens' tests: one real in-process server per file, phones that joined it, and the
 * code a screen shows.
 */
import type { SamspilDb } from '@/db/database';
import type { RoleName } from '@/protocol/auth';
import { joinPhone, syncPhone } from '../../helpers/phone';
import { startTestServer, type TestServer } from '../../helpers/server';

/** Starts a server for this file's tests (stopped after them); returns a getter for it. */
export function withTestServer(): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  return () => {
    if (!server) throw new Error('the server has not started');
    return server;
  };
}

/**
 * A phone that joined as `role` and synced once (an admin's then knows the places), with the
 * app's `fetch` talking to the server.
 */
export async function signedInPhone(
  server: TestServer,
  role: RoleName,
  displayName: string,
): Promise<SamspilDb> {
  const db = await joinPhone(server, role, displayName);
  expect((await syncPhone(server, db)).kind).toBe('synced');
  vi.stubGlobal('fetch', server.fetch);
  return db;
}

/** Redeems `code` as a new phone would. */
export function redeem(server: TestServer, code: string): Promise<Response> {
  return server.fetch('/v1/auth/redeem', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
}

/** The invitation code the screen shows. */
export function shownCode(): string {
  const code = document.querySelector('.invitation-code')?.textContent;
  if (!code) throw new Error('no code shown');
  return code;
}
