/**
 * Reads for the hours overview and the statement, and the running totals that make the overview
 * fast.
 *
 * The overview needs every activity, and reading 5,000 rows from IndexedDB takes longer than the
 * screen may. So the last computed summary is kept in `syncState` (this device only) and updated in
 * the same transaction as each save, edit or delete made here: the screen shows it at once, then
 * recomputes from the rows and replaces it. Rows that arrive by sync are therefore counted at the
 * latest when the overview has read them once; the shown totals are never older than that read.
 */
import type { SamspilDb } from '@/db/database';
import {
  applyToSummary,
  monthlyHours,
  summariseHours,
  yearKey,
  type HourSummary,
  type MonthlyHours,
  type TotalsRow,
} from '../model';

/** The `syncState` key of the running totals. */
export const HOURS_KEY = 'volunteer.hours';

/** The stored form; bump `version` when `HourSummary` changes shape. */
type StoredHours = { version: 1; summary: HourSummary };

/** The volunteer's hours by week, month, year, institution and type, relative to `today`. */
export async function readHourSummary(db: SamspilDb, today: string): Promise<HourSummary> {
  // getAll() is one IndexedDB round trip; no sort: the totals do not care about order.
  const rows = await db.activities.toArray();
  return summariseHours(
    rows.filter((row) => !row._deleted),
    today,
  );
}

/** The running totals, if kept and of `today`'s year (their "this year" columns depend on it). */
export async function readRunningHours(
  db: SamspilDb,
  today: string,
): Promise<HourSummary | null> {
  const stored = (await db.syncState.get(HOURS_KEY))?.value as StoredHours | undefined;
  if (stored?.version !== 1 || yearKey(stored.summary.today) !== yearKey(today)) return null;
  return { ...stored.summary, today };
}

/** Keeps `summary` as the running totals (after the overview computed it from every row). */
export async function saveRunningHours(db: SamspilDb, summary: HourSummary): Promise<void> {
  const value: StoredHours = { version: 1, summary };
  await db.syncState.put({ key: HOURS_KEY, value });
}

/**
 * Moves the running totals from `before` to `after` (either may be absent: a new or a deleted
 * activity). Call inside the transaction that writes the activity, with `db.syncState` in scope.
 * Does nothing when no totals are kept yet: the overview computes them from the rows.
 */
export async function adjustRunningHours(
  db: SamspilDb,
  before: TotalsRow | undefined,
  after: TotalsRow | undefined,
): Promise<void> {
  const stored = (await db.syncState.get(HOURS_KEY))?.value as StoredHours | undefined;
  if (stored?.version !== 1) return;
  const { summary } = stored;
  if (before) applyToSummary(summary, before, -1);
  if (after) applyToSummary(summary, after, 1);
  await db.syncState.put({ key: HOURS_KEY, value: stored });
}

/** Hours per month from `from` to `to` (local dates, inclusive), at one institution if given. */
export async function readMonthlyHours(
  db: SamspilDb,
  from: string,
  to: string,
  institutionId?: string,
): Promise<MonthlyHours> {
  const rows = await db.activities.where('date').between(from, to, true, true).toArray();
  return monthlyHours(
    rows.filter((row) => !row._deleted),
    from,
    to,
    institutionId,
  );
}
