/**
 * How long to wait before the next attempt after a failure: exponential with full jitter, capped,
 * and never sooner than the server's Retry-After.
 */

/** First retry after about this long. */
export const BASE_DELAY_MS = 2_000;
/** Never wait longer than this between attempts. */
export const MAX_DELAY_MS = 5 * 60_000;

/** Delay before attempt number `failures` (1 = first retry); `random` in [0, 1). */
export function backoffDelay(
  failures: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, failures - 1));
  // Jitter between half and the whole ceiling spreads devices that failed together.
  const jittered = Math.round(ceiling * (0.5 + random() / 2));
  return Math.max(jittered, retryAfterMs ?? 0);
}
