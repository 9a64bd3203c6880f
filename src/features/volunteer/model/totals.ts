/**
 * Hour totals for the volunteer's own overview, computed in one pass over the rows.
 *
 * Every bucket (week, month, year, institution, type) is filled while walking the rows once; the
 * chart bars then only look their keys up. With 5,000 entries the walk is the whole cost, so it
 * reads only the four fields it needs and computes each distinct date's ISO week once.
 */
import type { Activity } from '@/db/schema';
import { isoWeekKey, lastMonths, lastWeeks, monthOf } from '@/lib/dates';
import { monthsBetween, yearKey } from './dates';

/** The fields the totals read. */
export type TotalsRow = Pick<Activity, 'date' | 'durationMinutes' | 'activityType'> & {
  institutionId?: string | undefined;
};

/** Minutes this calendar year and in all. */
export type SplitTotal = { thisYear: number; total: number };

/** Everything the overview shows, in minutes. */
export type HourSummary = {
  today: string;
  totalMinutes: number;
  entries: number;
  byWeek: Map<string, number>;
  byMonth: Map<string, number>;
  byYear: Map<string, number>;
  /** Keyed by institution id; `''` for activities without one. */
  byInstitution: Map<string, SplitTotal>;
  byType: Map<string, SplitTotal>;
};

function add(map: Map<string, number>, key: string, minutes: number): void {
  map.set(key, (map.get(key) ?? 0) + minutes);
}

function addSplit(
  map: Map<string, SplitTotal>,
  key: string,
  minutes: number,
  inYear: boolean,
): void {
  let entry = map.get(key);
  if (!entry) {
    entry = { thisYear: 0, total: 0 };
    map.set(key, entry);
  }
  entry.total += minutes;
  if (inYear) entry.thisYear += minutes;
}

/** Sums `rows` by week, month, year, institution and type, relative to the local date `today`. */
export function summariseHours(rows: Iterable<TotalsRow>, today: string): HourSummary {
  const summary: HourSummary = {
    today,
    totalMinutes: 0,
    entries: 0,
    byWeek: new Map(),
    byMonth: new Map(),
    byYear: new Map(),
    byInstitution: new Map(),
    byType: new Map(),
  };
  const currentYear = yearKey(today);
  const weekOfDate = new Map<string, string>();
  for (const { date, durationMinutes: minutes, activityType, institutionId } of rows) {
    let week = weekOfDate.get(date);
    if (week === undefined) {
      week = isoWeekKey(date);
      weekOfDate.set(date, week);
    }
    const year = yearKey(date);
    const inYear = year === currentYear;
    summary.totalMinutes += minutes;
    summary.entries += 1;
    add(summary.byWeek, week, minutes);
    add(summary.byMonth, monthOf(date), minutes);
    add(summary.byYear, year, minutes);
    addSplit(summary.byInstitution, institutionId ?? '', minutes, inYear);
    addSplit(summary.byType, activityType, minutes, inYear);
  }
  return summary;
}

/** The chart's scales. */
export const SCALES = ['week', 'month', 'year'] as const;
export type Scale = (typeof SCALES)[number];

/** One bar: its key (`2026-W48`, `2026-11`, `2026`) and minutes. */
export type Bar = { key: string; minutes: number };

/** Bars shown per scale. */
const BARS: Record<Scale, number> = { week: 12, month: 12, year: 10 };

/**
 * The bars for a scale, oldest first: the last 12 ISO weeks, the last 12 months, or every year
 * from the first with hours (at most 10) up to this one. Empty periods are bars of zero.
 */
export function bars(summary: HourSummary, scale: Scale): Bar[] {
  let keys: string[];
  if (scale === 'week') keys = lastWeeks(summary.today, BARS.week);
  else if (scale === 'month') keys = lastMonths(summary.today, BARS.month);
  else {
    const current = Number(yearKey(summary.today));
    let first = current;
    for (const year of summary.byYear.keys()) first = Math.min(first, Number(year));
    first = Math.max(first, current - BARS.year + 1);
    keys = [];
    for (let year = first; year <= current; year += 1) keys.push(String(year));
  }
  const source =
    scale === 'week' ? summary.byWeek : scale === 'month' ? summary.byMonth : summary.byYear;
  return keys.map((key) => ({ key, minutes: source.get(key) ?? 0 }));
}

/** A breakdown's rows, largest total first (then by key, for a stable order). */
export function sortedBreakdown(map: Map<string, SplitTotal>): [string, SplitTotal][] {
  return [...map].sort(([a, x], [b, y]) => y.total - x.total || (a < b ? -1 : a > b ? 1 : 0));
}

/** Hours per month in a period, for the statement of volunteer work. */
export type MonthlyHours = { months: Bar[]; totalMinutes: number; entries: number };

/**
 * Minutes per month for the activities dated `from`…`to` (inclusive), at one institution when
 * `institutionId` is given; every month of the period is listed, empty ones as zero.
 */
export function monthlyHours(
  rows: Iterable<TotalsRow>,
  from: string,
  to: string,
  institutionId?: string,
): MonthlyHours {
  const byMonth = new Map<string, number>();
  let totalMinutes = 0;
  let entries = 0;
  for (const row of rows) {
    if (row.date < from || row.date > to) continue;
    if (institutionId !== undefined && row.institutionId !== institutionId) continue;
    add(byMonth, monthOf(row.date), row.durationMinutes);
    totalMinutes += row.durationMinutes;
    entries += 1;
  }
  const months = monthsBetween(monthOf(from), monthOf(to)).map((key) => ({
    key,
    minutes: byMonth.get(key) ?? 0,
  }));
  return { months, totalMinutes, entries };
}

/**
 * Adds one activity's minutes to `summary` (`sign` -1 takes them away): how the running totals
 * follow a save, an edit or a delete without reading every row again. An entry whose totals fall
 * to zero is removed, so a summary kept this way equals one computed afresh.
 */
export function applyToSummary(summary: HourSummary, row: TotalsRow, sign: 1 | -1): void {
  const minutes = sign * row.durationMinutes;
  const year = yearKey(row.date);
  const inYear = year === yearKey(summary.today);
  summary.totalMinutes += minutes;
  summary.entries += sign;
  adjust(summary.byWeek, isoWeekKey(row.date), minutes);
  adjust(summary.byMonth, monthOf(row.date), minutes);
  adjust(summary.byYear, year, minutes);
  adjustSplit(summary.byInstitution, row.institutionId ?? '', minutes, inYear);
  adjustSplit(summary.byType, row.activityType, minutes, inYear);
}

function adjust(map: Map<string, number>, key: string, minutes: number): void {
  const next = (map.get(key) ?? 0) + minutes;
  if (next === 0) map.delete(key);
  else map.set(key, next);
}

function adjustSplit(
  map: Map<string, SplitTotal>,
  key: string,
  minutes: number,
  inYear: boolean,
): void {
  const entry = map.get(key) ?? { thisYear: 0, total: 0 };
  const next = {
    thisYear: entry.thisYear + (inYear ? minutes : 0),
    total: entry.total + minutes,
  };
  if (next.total === 0 && next.thisYear === 0) map.delete(key);
  else map.set(key, next);
}
