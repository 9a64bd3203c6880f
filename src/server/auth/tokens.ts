/**
 * Token issuing, in one module so municipal single sign-on can replace it later.
 *
 * Access tokens are short-lived and self-contained: `base64url(payload).base64url(HMAC-SHA256)`.
 * The server still checks on every request that the device is not revoked (accounts.ts,
 * `authenticate`), so a revoked device is cut off at its next contact, not when its token
 * expires. Refresh tokens are random, stored only as a SHA-256 hash, and rotate on every use
 * (accounts.ts, `refresh`).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLE_NAMES } from '@/protocol/auth';
import type { Principal } from './principal';

/** How long an access token lives. */
export const ACCESS_TOKEN_SECONDS = 15 * 60;

/** Why a token was not accepted. */
export type TokenProblem = 'unauthorized' | 'token_expired';

type Payload = {
  /** Device id. */
  sub: string;
  uid: string;
  role: Principal['role'];
  inst: string | null;
  team: string | null;
  /** Expiry, seconds since the epoch. */
  exp: number;
};

function sign(secret: Buffer, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

/** Issues and checks access tokens with one server secret. */
export type TokenService = {
  issueAccessToken: (principal: Principal) => string;
  verifyAccessToken: (
    token: string,
  ) => { ok: true; principal: Principal } | { ok: false; problem: TokenProblem };
};

/** A token service over `secret` (at least 32 bytes); `now` is injectable for tests. */
export function createTokenService(secret: Buffer, now: () => number = Date.now): TokenService {
  if (secret.length < 32) throw new Error('The token secret must be at least 32 bytes');

  return {
    issueAccessToken(principal) {
      const payload: Payload = {
        sub: principal.deviceId,
        uid: principal.userId,
        role: principal.role,
        inst: principal.institutionId,
        team: principal.teamId,
        exp: Math.floor(now() / 1000) + ACCESS_TOKEN_SECONDS,
      };
      const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
      return `${body}.${sign(secret, body)}`;
    },

    verifyAccessToken(token) {
      const [body, signature, extra] = token.split('.');
      if (!body || !signature || extra !== undefined) return { ok: false, problem: 'unauthorized' };
      const expected = Buffer.from(sign(secret, body));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
        return { ok: false, problem: 'unauthorized' };
      }
      let payload: Payload;
      try {
        payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload;
      } catch {
        return { ok: false, problem: 'unauthorized' };
      }
      if (!(ROLE_NAMES as readonly string[]).includes(payload.role)) {
        return { ok: false, problem: 'unauthorized' };
      }
      if (payload.exp * 1000 <= now()) return { ok: false, problem: 'token_expired' };
      return {
        ok: true,
        principal: {
          deviceId: payload.sub,
          userId: payload.uid,
          role: payload.role,
          institutionId: payload.inst,
          teamId: payload.team,
        },
      };
    },
  };
}

/** A new random refresh token (given to the device once). */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a refresh token: its SHA-256, so a database leak gives no usable tokens. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new random server secret (kept in the database when TOKEN_SECRET is not set). */
export function newSecret(): Buffer {
  return randomBytes(32);
}
