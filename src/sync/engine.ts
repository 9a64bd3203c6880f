/**
 * The client sync engine: push the outbox and pull what changed, in one request, until the
 * outbox is empty and the server has nothing more.
 *
 * Guarantees: a change leaves the outbox only when the server acknowledged it (or refused it for
 * good, then it is kept in the rejected list for the user). A 401 never discards the outbox. The
 * cursor is saved in the same transaction as the rows it covers. No React here.
 */
import type { SamspilDb } from '@/db/database';
import type { OutboxEntry } from '@/db/schema';
import type { ErrorCode } from '@/protocol/errors';
import type { Mutation, SyncRequest } from '@/protocol/sync';
import { MAX_MUTATIONS_PER_PUSH, MAX_PULL_LIMIT, PROTOCOL_VERSION } from '@/protocol/version';
import { applyResponse } from './apply';
import { refreshTokens } from './tokens';
import { readCursor, readScopes, readSession } from './state';
import type { Transport } from './transport';

/** How one sync run ended. */
export type SyncOutcome =
  | { kind: 'synced'; pushed: number; pulled: number; rejected: number }
  | { kind: 'signed-out' }
  | { kind: 'revoked' }
  | { kind: 'auth-failed'; code: ErrorCode | undefined }
  | { kind: 'too-old' }
  | { kind: 'retry'; code: ErrorCode | undefined; retryAfterMs: number | undefined };

/** Tunables; the defaults are the protocol's limits. */
export type EngineOptions = {
  pushLimit?: number;
  pullLimit?: number;
  now?: () => number;
  /** Called when the server says this device was revoked: wipe local data. */
  onRevoked?: () => Promise<void>;
};

/** Refresh the access token this long before it expires. */
const REFRESH_MARGIN_MS = 30_000;
/** A run stops after this many round trips even if the server keeps saying hasMore. */
const MAX_ROUNDS = 10_000;

function toWire(entry: OutboxEntry): Mutation {
  if (entry.id === undefined) throw new Error('outbox entry without id');
  return {
    id: entry.id,
    table: entry.table,
    key: entry.key,
    op: entry.op,
    fields: entry.fields,
    hlc: entry.hlc,
  };
}

/**
 * Runs sync to completion (or to the first failure). Network errors are thrown: the scheduler
 * treats them as "offline" and backs off.
 */
export async function runSync(
  db: SamspilDb,
  transport: Transport,
  options: EngineOptions = {},
): Promise<SyncOutcome> {
  const now = options.now ?? Date.now;
  const pushLimit = Math.min(options.pushLimit ?? MAX_MUTATIONS_PER_PUSH, MAX_MUTATIONS_PER_PUSH);
  const pullLimit = Math.min(options.pullLimit ?? MAX_PULL_LIMIT, MAX_PULL_LIMIT);

  let session = await readSession(db);
  if (!session) return { kind: 'signed-out' };

  let pushed = 0;
  let pulled = 0;
  let rejected = 0;
  let refreshedThisRun = false;

  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (session.accessExpiresAt - REFRESH_MARGIN_MS <= now()) {
      const refreshed = await refreshTokens(db, transport, session, now());
      if (!refreshed.ok) return finish(refreshed.outcome, options);
      session = refreshed.session;
    }

    const batch = await db.outbox.orderBy('id').limit(pushLimit).toArray();
    const request: SyncRequest = {
      protocol: PROTOCOL_VERSION,
      schemaVersion: db.verno,
      deviceId: session.deviceId,
      push: { mutations: batch.map(toWire) },
      pull: { cursor: await readCursor(db), limit: pullLimit, scopes: await readScopes(db) },
    };

    const result = await transport.sync(request, session.accessToken);
    if (!result.ok) {
      if (result.code === 'device_revoked') return finish({ kind: 'revoked' }, options);
      if (result.status === 401 && !refreshedThisRun) {
        // The access token expired or the server restarted with a new secret: refresh once.
        refreshedThisRun = true;
        const refreshed = await refreshTokens(db, transport, session, now());
        if (!refreshed.ok) return finish(refreshed.outcome, options);
        session = refreshed.session;
        continue;
      }
      if (result.status === 401) return { kind: 'auth-failed', code: result.code };
      if (result.status === 426) return { kind: 'too-old' };
      return { kind: 'retry', code: result.code, retryAfterMs: result.retryAfterMs };
    }

    const applied = await applyResponse(db, result.body, now());
    pushed += applied.acked - applied.rejected;
    rejected += applied.rejected;
    pulled += applied.rows;

    const morePending = (await db.outbox.count()) > 0 && (applied.acked > 0 || applied.restored);
    if (!morePending && !result.body.pull.hasMore && !applied.restored) break;
  }
  return { kind: 'synced', pushed, pulled, rejected };
}

async function finish(outcome: SyncOutcome, options: EngineOptions): Promise<SyncOutcome> {
  if (outcome.kind === 'revoked') await options.onRevoked?.();
  return outcome;
}
