/**
 * Calendar arithmetic on local dates written `YYYY-MM-DD`, months written `YYYY-MM`, and ISO 8601
 * weeks written `2026-W48`.
 *
 * A date names a calendar day where the user is, not an instant. Days are counted as whole days in
 * UTC, never as local midnights, so a change to or from summer time (a 23- or 25-hour day in
 * Denmark) cannot move a date to another day or week. An instant becomes a local date only through
 * `localDate`, which asks the device's local-time getters (they know the time zone's rules), and a
 * local date becomes a `Date` at local midnight only through `parseIsoDate`.
 */

const DAY_MS = 86_400_000;

/** `value` as decimal digits, zero-padded to `width`. */
function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Whole days since 1970-01-01 for a `YYYY-MM-DD` date. */
function dayNumber(date: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The `YYYY-MM-DD` date `day` whole days after 1970-01-01. */
function fromDayNumber(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The local calendar date of an instant, `YYYY-MM-DD` (what an `<input type="date">` holds). */
export function localDate(instant: Date | number): string {
  const date = new Date(instant);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today's local date as `YYYY-MM-DD` (`now` for a fixed moment). */
export function todayIso(now: Date = new Date()): string {
  return localDate(now);
}

/** True when `text` has the shape of a local `YYYY-MM-DD` date (the form every date is stored in). */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}

/** `YYYY-MM-DD` as a `Date` at local midnight (not UTC midnight, which shifts the day in Denmark). */
export function parseIsoDate(text: string): Date {
  const [y, m, d] = text.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** `date` moved by `days` calendar days (may be negative). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole calendar days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The day of the week of `date`: 1 for Monday … 7 for Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the ISO week `date` is in. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/**
 * The ISO week of `date`: the year the week belongs to and its number. Weeks start on Monday and
 * week 1 holds the year's first Thursday, so 1 January may be in week 52 or 53 of the year before,
 * and 31 December in week 1 of the next.
 */
export function isoWeekOf(date: string): { year: number; week: number } {
  // The week's Thursday decides the year.
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week };
}

/** The key of the ISO week `date` is in, e.g. `2026-W48`. */
export function isoWeekKey(date: string): string {
  const { year, week } = isoWeekOf(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** A week key `2026-W48` as `{ year: 2026, week: 48 }`. */
export function splitWeek(key: string): { year: number; week: number } {
  const [year = '', week = ''] = key.split('-W');
  return { year: Number(year), week: Number(week) };
}

/** The number alone of a week key, for labels: `2026-W05` → `5`. */
export function weekNumber(key: string): number {
  return splitWeek(key).week;
}

/** The Monday that starts the ISO week `key`: `2026-W48` → `2026-11-23`. */
export function mondayOfWeek(key: string): string {
  const { year, week } = splitWeek(key);
  // 4 January is always in week 1.
  return addDays(mondayOf(`${year}-01-04`), 7 * (week - 1));
}

/** The keys of the `count` ISO weeks that end with `today`'s week, oldest first. */
export function lastWeeks(today: string, count: number): string[] {
  const monday = mondayOf(today);
  const keys: string[] = [];
  for (let back = count - 1; back >= 0; back--) keys.push(isoWeekKey(addDays(monday, -7 * back)));
  return keys;
}

/** The month key `YYYY-MM` of a date: `2026-11-23` → `2026-11`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month key `month` (`YYYY-MM`) moved by `months` months (may be negative). */
export function addMonths(month: string, months: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** The keys of the `count` months that end with `today`'s month, oldest first. */
export function lastMonths(today: string, count: number): string[] {
  const current = monthOf(today);
  const keys: string[] = [];
  for (let back = count - 1; back >= 0; back--) keys.push(addMonths(current, -back));
  return keys;
}
