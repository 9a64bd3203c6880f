/**
 * Expected failures of a request, and which unexpected ones are worth a retry.
 *
 * Routes and services throw `ApiError`; the one error handler (app.ts) turns it into
 * `{ error: { code, message } }` with its status. Messages never hold personal data.
 */
import type { ErrorCode } from '@/protocol/errors';

/** The HTTP status each error code is answered with. */
export const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  payload_too_large: 413,
  too_many_mutations: 400,
  unknown_table: 400,
  unknown_field: 400,
  invalid_field: 400,
  invalid_key: 400,
  cpr_number: 400,
  forbidden: 403,
  unauthorized: 401,
  token_expired: 401,
  token_reused: 401,
  device_revoked: 401,
  invitation_invalid: 400,
  not_found: 404,
  protocol_too_old: 426,
  rate_limited: 429,
  unavailable: 503,
  server_error: 500,
};

/** An expected failure with a wire code. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.statusCode = STATUS[code];
  }
}

const TRANSIENT_SQLITE = ['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_IOERR', 'SQLITE_FULL'];
const TRANSIENT_NODE = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND'];
// PostgreSQL SQLSTATE classes: 08 connection, 40 rollback (serialization, deadlock), 53 resources,
// 57 operator intervention (shutdown, cancelled).
const TRANSIENT_PG_CLASS = /^(08|40|53|57)/;

/**
 * True when the database failed in a way a retry may fix (busy, disconnected, deadlock): the
 * transaction rolled back and the client should back off and try again (503).
 */
export function isTransient(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (TRANSIENT_SQLITE.some((prefix) => code.startsWith(prefix))) return true;
    if (TRANSIENT_NODE.includes(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code) && TRANSIENT_PG_CLASS.test(code)) return true;
  }
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && /Connection terminated|timeout exceeded/i.test(message);
}
