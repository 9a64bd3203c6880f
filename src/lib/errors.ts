/**
 * The one application error type.
 *
 * Expected failures carry a `code` from `AppErrorCode`; screens turn the code into a Danish message
 * through i18n (`errors.<code>`), so no user-facing text lives here.
 */

/** Every code an `AppError` may carry. */
export type AppErrorCode =
  | 'quota_exceeded'
  | 'storage_unavailable'
  | 'database_closed'
  | 'validation_failed'
  | 'not_found'
  | 'unknown';

/** An expected, named failure. */
export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? code, options);
    this.name = 'AppError';
    this.code = code;
  }
}

type Named = { name?: unknown; inner?: unknown; cause?: unknown };

function asNamed(value: unknown): Named | undefined {
  return typeof value === 'object' && value !== null ? value : undefined;
}

/**
 * The error's name, or that of the error it wraps: Dexie wraps IndexedDB's DOMException in its own
 * error (`inner`), and our code may wrap with `cause`.
 */
function names(error: unknown): string[] {
  const out: string[] = [];
  let current = asNamed(error);
  for (let depth = 0; current && depth < 4; depth++) {
    if (typeof current.name === 'string') out.push(current.name);
    current = asNamed(current.inner ?? current.cause);
  }
  return out;
}

/** True when `error` (or what it wraps) is a storage-quota failure. */
export function isQuotaError(error: unknown): boolean {
  if (error instanceof AppError && error.code === 'quota_exceeded') return true;
  return names(error).includes('QuotaExceededError');
}

/** Maps any thrown value to the code a screen should explain. */
export function errorCode(error: unknown): AppErrorCode {
  if (error instanceof AppError) return error.code;
  const found = names(error);
  if (found.includes('QuotaExceededError')) return 'quota_exceeded';
  if (found.includes('DatabaseClosedError')) return 'database_closed';
  if (found.includes('MissingAPIError') || found.includes('OpenFailedError')) {
    return 'storage_unavailable';
  }
  return 'unknown';
}

/** Exhaustiveness check for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
