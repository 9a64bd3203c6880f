/**
 * Keeping the device signed in: refreshing tokens and making authorised calls outside sync.
 */
import type { SamspilDb } from '@/db/database';
import type { SyncOutcome } from './engine';
import { readSession, saveSession, type StoredSession } from './state';
import type { Transport } from './transport';

/** A refreshed session, or how sync should end. */
export type TokenResult =
  { ok: true; session: StoredSession } | { ok: false; outcome: SyncOutcome };

/** Swaps the refresh token for a new pair and saves it; says what to do when that fails. */
export async function refreshTokens(
  db: SamspilDb,
  transport: Transport,
  session: StoredSession,
  now: number,
): Promise<TokenResult> {
  // One refresh at a time across tabs and callers: a refresh token works once, and spending it
  // twice makes the server sign the device out. Whoever comes second finds the new pair stored.
  return withRefreshLock(async () => {
    const stored = await readSession(db);
    if (stored && stored.refreshToken !== session.refreshToken)
      return { ok: true, session: stored };
    return refreshNow(db, transport, stored ?? session, now);
  });
}

async function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    return navigator.locks.request('samspil-refresh', work);
  }
  return work();
}

async function refreshNow(
  db: SamspilDb,
  transport: Transport,
  session: StoredSession,
  now: number,
): Promise<TokenResult> {
  const result = await transport.refresh(session.refreshToken);
  if (result.ok) {
    const next: StoredSession = {
      ...session,
      accessToken: result.body.accessToken,
      refreshToken: result.body.refreshToken,
      accessExpiresAt: now + result.body.expiresIn * 1000,
    };
    await saveSession(db, next);
    return { ok: true, session: next };
  }
  if (result.code === 'device_revoked') return { ok: false, outcome: { kind: 'revoked' } };
  if (result.status === 401 || result.status === 400) {
    return { ok: false, outcome: { kind: 'auth-failed', code: result.code } };
  }
  return {
    ok: false,
    outcome: { kind: 'retry', code: result.code, retryAfterMs: result.retryAfterMs },
  };
}

/** An authorised call: its method and, for a POST, an optional JSON body. */
export type AuthorizedRequest = { method: 'GET' | 'POST'; body?: unknown };

/**
 * Calls an authorised endpoint with the stored session, refreshing the access token first when it
 * has expired. `undefined` when the device has not joined or the refresh failed.
 */
export async function authorizedFetch(
  db: SamspilDb,
  transport: Transport,
  path: string,
  request: AuthorizedRequest,
  fetchImpl: typeof fetch = fetch,
  now: () => number = Date.now,
): Promise<Response | undefined> {
  let session = await readSession(db);
  if (!session) return undefined;
  if (session.accessExpiresAt - 30_000 <= now()) {
    const refreshed = await refreshTokens(db, transport, session, now());
    if (!refreshed.ok) return undefined;
    session = refreshed.session;
  }
  const headers: Record<string, string> = { authorization: `Bearer ${session.accessToken}` };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  return fetchImpl(path, {
    method: request.method,
    headers,
    ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
    cache: 'no-store',
  });
}
