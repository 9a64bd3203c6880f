/**
 * Calendar arithmetic on local dates (`YYYY-MM-DD`) for the week view: ISO weeks, Monday first.
 *
 * Dates are counted as whole days in UTC, never as local midnights, so a daylight-saving change
 * (a 23- or 25-hour day in Denmark) cannot move an activity to the wrong day or week.
 */

const DAY_MS = 86_400_000;

/** Whole days since 1970-01-01 for a `YYYY-MM-DD` date. */
function dayNumber(date: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `date` plus `days` (may be negative). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** 1 for Monday … 7 for Sunday. */
export function isoWeekday(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the ISO week `date` is in. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The ISO week of `date`: the year it belongs to (may differ at year ends) and its number. */
export function isoWeekOf(date: string): { year: number; week: number } {
  // The week's Thursday decides the year; week 1 is the week with the year's first Thursday.
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((dayNumber(thursday) - dayNumber(`${year}-01-01`)) / 7) + 1;
  return { year, week };
}

/** `2026-W48` for a date in that week. */
export function isoWeekKey(date: string): string {
  const { year, week } = isoWeekOf(date);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The seven dates of the week starting `monday`. */
export function weekDates(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** What the week view needs of an activity. */
export type Dated = { id: string; date: string; startTime?: string; title: string };

/** By date, then start time (untimed first), then title. */
export function compareDated(a: Dated, b: Dated): number {
  return (
    a.date.localeCompare(b.date) ||
    (a.startTime ?? '').localeCompare(b.startTime ?? '') ||
    a.title.localeCompare(b.title, 'da') ||
    a.id.localeCompare(b.id)
  );
}

/** The week starting `monday`, one entry per day (Monday first), each day's items in order. */
export function groupWeek<T extends Dated>(
  items: readonly T[],
  monday: string,
): { date: string; items: T[] }[] {
  const days = weekDates(monday);
  const byDate = new Map(days.map((date) => [date, [] as T[]]));
  for (const item of items) byDate.get(item.date)?.push(item);
  return days.map((date) => ({ date, items: (byDate.get(date) ?? []).sort(compareDated) }));
}

/** Upcoming (today and later, soonest first) and past (latest first). */
export function splitByToday<T extends Dated>(
  items: readonly T[],
  today: string,
): { upcoming: T[]; past: T[] } {
  const sorted = [...items].sort(compareDated);
  return {
    upcoming: sorted.filter((item) => item.date >= today),
    past: sorted.filter((item) => item.date < today).reverse(),
  };
}
