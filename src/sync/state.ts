/**
 * What the sync engine keeps in `syncState`: the session, the pull cursor, the server epoch and
 * the changes the server refused. Read and written inside the engine's transactions.
 */
import type { SamspilDb } from '@/db/database';
import type { ErrorCode } from '@/protocol/errors';
import type { Session } from '@/protocol/auth';
import type { Mutation } from '@/protocol/sync';

/** The signed-in device, as the server issued it. `accessExpiresAt` is in ms. */
export type StoredSession = Omit<Session, 'expiresIn'> & { accessExpiresAt: number };

/** A change the server refused for good, kept until the user decides. */
export type RejectedChange = { mutation: Mutation; code: ErrorCode; rejectedAt: number };

const KEYS = {
  session: 'session',
  cursor: 'cursor',
  epoch: 'serverEpoch',
  rejected: 'rejected',
  scopes: 'scopes',
} as const;

/** The stored session, if this device has joined. */
export async function readSession(db: SamspilDb): Promise<StoredSession | undefined> {
  return (await db.syncState.get(KEYS.session))?.value as StoredSession | undefined;
}

/** Saves the session (after redeeming a code or refreshing tokens). */
export async function saveSession(db: SamspilDb, session: StoredSession): Promise<void> {
  await db.syncState.put({ key: KEYS.session, value: session });
}

/** The pull cursor: the last server `seq` this device has applied. */
export async function readCursor(db: SamspilDb): Promise<number> {
  const value = (await db.syncState.get(KEYS.cursor))?.value;
  return typeof value === 'number' ? value : 0;
}

/** Saves the cursor (always in the same transaction as the rows it covers). */
export async function saveCursor(db: SamspilDb, cursor: number): Promise<void> {
  await db.syncState.put({ key: KEYS.cursor, value: cursor });
}

/** The server epoch last seen (changes when the server is restored from a backup). */
export async function readEpoch(db: SamspilDb): Promise<string | undefined> {
  const value = (await db.syncState.get(KEYS.epoch))?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Saves the server epoch. */
export async function saveEpoch(db: SamspilDb, epoch: string): Promise<void> {
  await db.syncState.put({ key: KEYS.epoch, value: epoch });
}

/** Changes the server refused, oldest first. */
export async function readRejected(db: SamspilDb): Promise<RejectedChange[]> {
  const value = (await db.syncState.get(KEYS.rejected))?.value;
  return Array.isArray(value) ? (value as RejectedChange[]) : [];
}

/** Replaces the list of refused changes. */
export async function saveRejected(db: SamspilDb, rejected: RejectedChange[]): Promise<void> {
  await db.syncState.put({ key: KEYS.rejected, value: rejected });
}

/** The scopes this device has pulled (sent back with each pull; see `pull.scopes`). */
export async function readScopes(db: SamspilDb): Promise<string[] | undefined> {
  const value = (await db.syncState.get(KEYS.scopes))?.value;
  return Array.isArray(value) ? (value as string[]) : undefined;
}

/** Saves the scopes pulled so far (in the same transaction as the page they came with). */
export async function saveScopes(db: SamspilDb, scopes: string[]): Promise<void> {
  await db.syncState.put({ key: KEYS.scopes, value: scopes });
}
