/**
 * The tombstone purge: deleted rows are kept long enough for every device to learn of the delete,
 * then removed for good.
 *
 * Guarantees (DESIGN.md, "Tombstones and resets"): a tombstone is kept at least TOMBSTONE_DAYS
 * (never fewer than 180) after its last change; `server_meta.purged_seq` only grows and is stored
 * in the same transaction as the delete, so a device whose cursor is below it is told to start
 * over (pull.ts) instead of silently keeping a row that is gone.
 */
import type { Kysely } from 'kysely';
import type { Database, Store } from './store';

/** Tombstones are kept at least this long (and by default exactly this long). */
export const MIN_TOMBSTONE_DAYS = 180;
/** How often a running server purges (it also purges once at start). */
export const PURGE_INTERVAL_MS = 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The highest seq the purge has deleted (0: nothing yet). */
export async function readPurgedSeq(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('server_meta')
    .select('value')
    .where('key', '=', 'purged_seq')
    .executeTakeFirst();
  return Number(row?.value ?? 0);
}

/** Checks a TOMBSTONE_DAYS value; throws a readable error below the minimum. */
export function checkTombstoneDays(days: number): number {
  if (!Number.isInteger(days) || days < MIN_TOMBSTONE_DAYS) {
    throw new Error(
      `TOMBSTONE_DAYS must be a whole number of days, at least ${MIN_TOMBSTONE_DAYS} (devices ` +
        `offline longer than that must start over), got "${days}"`,
    );
  }
  return days;
}

/**
 * Deletes tombstones not changed for `days` days and records the highest deleted seq.
 * Returns how many were deleted.
 */
export async function purgeTombstones(
  store: Store,
  days: number = MIN_TOMBSTONE_DAYS,
  now: () => number = Date.now,
): Promise<number> {
  const before = now() - checkTombstoneDays(days) * DAY_MS;
  return store.db.transaction().execute(async (trx) => {
    // Under the writers' lock: a push that changes a tombstone commits either before (and the
    // row is young again) or after (and finds no row).
    await store.lockWriters(trx);
    const highest = await trx
      .selectFrom('rows')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('deleted', '=', 1)
      .where('changed_at', '<', before)
      .executeTakeFirst();
    const seq = highest?.seq ?? null;
    if (seq === null) return 0;
    const deleted = await trx
      .deleteFrom('rows')
      .where('deleted', '=', 1)
      .where('changed_at', '<', before)
      .executeTakeFirst();
    const purged = await trx
      .selectFrom('server_meta')
      .select('value')
      .where('key', '=', 'purged_seq')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('server_meta')
      .set({ value: String(Math.max(Number(purged.value), seq)) })
      .where('key', '=', 'purged_seq')
      .execute();
    return Number(deleted.numDeletedRows);
  });
}

/**
 * Purges now and then every day until stopped. The timer never keeps the process alive; a failed
 * purge is reported to `onError` and tried again the next day.
 */
export async function startTombstonePurge(
  store: Store,
  days: number,
  onError: (error: unknown) => void,
): Promise<{ stop: () => void }> {
  checkTombstoneDays(days);
  await purgeTombstones(store, days);
  const timer = setInterval(() => {
    purgeTombstones(store, days).catch(onError);
  }, PURGE_INTERVAL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
