/**
 * A phone (a fresh fake-indexeddb database) that joined the in-process test server with a demo
 * code, as the welcome screen does, and can sync with it.
 */
import type { SamspilDb } from '@/db/database';
import { joinWithCode } from '@/features/account/data/join';
import type { RoleName } from '@/protocol/auth';
import { fetchTransport, runSync, type SyncOutcome } from '@/sync';
import { freshDb } from './db';
import type { TestServer } from './server';

/** Joins a new phone as `role` with the first name `displayName`. */
export async function joinPhone(
  server: TestServer,
  role: RoleName,
  displayName: string,
): Promise<SamspilDb> {
  const db = freshDb();
  const joined = await joinWithCode(db, { code: server.code(role), displayName }, server.fetch);
  if (!joined.ok) throw new Error(`joining as ${role}: ${joined.problem}`);
  return db;
}

/** One sync of `db` with the test server. */
export function syncPhone(server: TestServer, db: SamspilDb): Promise<SyncOutcome> {
  return runSync(db, fetchTransport('', server.fetch));
}
