/**
 * Reads for the hours overview and the statement: one bulk read, one pass (see model/totals.ts).
 */
import type { SamspilDb } from '@/db/database';
import { monthlyHours, summariseHours, type HourSummary, type MonthlyHours } from '../model';

/** The volunteer's hours by week, month, year, institution and type, relative to `today`. */
export async function readHourSummary(db: SamspilDb, today: string): Promise<HourSummary> {
  // getAll() is one IndexedDB round trip; no sort: the totals do not care about order.
  const rows = await db.activities.toArray();
  return summariseHours(
    rows.filter((row) => !row._deleted),
    today,
  );
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
