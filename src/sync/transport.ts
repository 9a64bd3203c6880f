/**
 * How the engine talks to the server. The real one is `fetch`; the simulation passes one that
 * drops, duplicates and delays requests against the real server.
 */
import type { ErrorCode } from '@/protocol/errors';
import { wireErrorSchema } from '@/protocol/errors';
import type { TokenPair } from '@/protocol/auth';
import { tokenPairSchema } from '@/protocol/auth';
import type { SyncRequest, SyncResponse } from '@/protocol/sync';
import { syncResponseSchema } from '@/protocol/sync';

/** What one call came back with. A network failure is thrown, not returned. */
export type TransportResult<T> =
  | { ok: true; body: T }
  | { ok: false; status: number; code: ErrorCode | undefined; retryAfterMs: number | undefined };

/** The two calls the engine makes. */
export type Transport = {
  sync: (request: SyncRequest, accessToken: string) => Promise<TransportResult<SyncResponse>>;
  refresh: (refreshToken: string) => Promise<TransportResult<TokenPair>>;
};

async function readResult<T>(
  response: Response,
  parse: (body: unknown) => T,
): Promise<TransportResult<T>> {
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, body: parse(body) };
  const parsed = wireErrorSchema.safeParse(body);
  const retryAfter = Number(response.headers.get('retry-after'));
  return {
    ok: false,
    status: response.status,
    code: parsed.success ? parsed.data.error.code : undefined,
    retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
  };
}

/** Give up on a request after this long; the scheduler backs off and tries again. */
const REQUEST_TIMEOUT_MS = 30_000;

/** The transport over `fetch`, against `baseUrl` (same origin by default). */
export function fetchTransport(baseUrl = '', fetchImpl: typeof fetch = fetch): Transport {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetchImpl(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      cache: 'no-store',
      // A stalled mobile connection must not hold the sync lock for ever.
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  return {
    async sync(request, accessToken) {
      const response = await post('/v1/sync', request, { authorization: `Bearer ${accessToken}` });
      return readResult(response, (body) => syncResponseSchema.parse(body));
    },
    async refresh(refreshToken) {
      const response = await post('/v1/auth/refresh', { refreshToken });
      return readResult(response, (body) => tokenPairSchema.parse(body));
    },
  };
}
