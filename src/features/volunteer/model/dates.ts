/**
 * Calendar arithmetic on local dates (`YYYY-MM-DD`) and ISO weeks, without React or Dexie.
 *
 * An activity's date is the volunteer's local calendar day, so totals group by the string, never by
 * an instant. Days are stepped as calendar days (`Date.UTC(y, m, d + n)`), never by adding 24 hours
 * of milliseconds: a local day is 23 or 25 hours long on the last Sundays of March and October.
 * Instants (a timer's start and stop) become local dates and times only through the device's
 * local-time getters, which know the time zone's rules.
 */

type Ymd = { y: number; m: number; d: number };

function parts(iso: string): Ymd {
  return {
    y: Number(iso.slice(0, 4)),
    m: Number(iso.slice(5, 7)),
    d: Number(iso.slice(8, 10)),
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function fromUtc(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `iso` moved by `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const { y, m, d } = parts(iso);
  return fromUtc(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Day of the week, ISO style: Monday 1 … Sunday 7. */
export function isoWeekday(iso: string): number {
  const { y, m, d } = parts(iso);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of `iso`'s ISO week. */
export function weekStart(iso: string): string {
  return addDays(iso, 1 - isoWeekday(iso));
}

/**
 * The ISO week of a date: weeks start on Monday and week 1 holds the year's first Thursday, so
 * 1 January may belong to week 52 or 53 of the year before, and 31 December to week 1 of the next.
 */
export function isoWeek(iso: string): { year: number; week: number } {
  const thursday = addDays(iso, 4 - isoWeekday(iso));
  const { y, m, d } = parts(thursday);
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000;
  return { year: y, week: Math.floor(dayOfYear / 7) + 1 };
}

/** `2026-W48` for a date in that ISO week. */
export function weekKey(iso: string): string {
  const { year, week } = isoWeek(iso);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** `2026-11` for a date in November 2026. */
export function monthKey(iso: string): string {
  return iso.slice(0, 7);
}

/** `2026` for a date in 2026. */
export function yearKey(iso: string): string {
  return iso.slice(0, 4);
}

/** The week keys of the `count` ISO weeks ending with `today`'s, oldest first. */
export function lastWeeks(today: string, count: number): string[] {
  const monday = weekStart(today);
  const keys: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) keys.push(weekKey(addDays(monday, -7 * back)));
  return keys;
}

/** `month` (`YYYY-MM`) moved by `months` months. */
export function addMonths(month: string, months: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** The month keys of the `count` months ending with `today`'s, oldest first. */
export function lastMonths(today: string, count: number): string[] {
  const current = monthKey(today);
  const keys: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) keys.push(addMonths(current, -back));
  return keys;
}

/** Every month key from `from` to `to` (both `YYYY-MM`), oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const keys: string[] = [];
  for (let month = from; month <= to && keys.length < 1200; month = addMonths(month, 1)) {
    keys.push(month);
  }
  return keys;
}

/** The local calendar date of an instant, `YYYY-MM-DD`. */
export function localDate(instant: number): string {
  const date = new Date(instant);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local wall-clock time of an instant, `HH:MM`. */
export function localTime(instant: number): string {
  const date = new Date(instant);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Minutes from `start` to `end` (both `HH:MM`) on the local day `date`, as really lived: an end at
 * or before the start is taken as the next day, and the hour that a change to or from summer time
 * adds or removes counts (01:00–04:00 is two hours on the last Sunday of March).
 */
export function minutesBetweenTimes(date: string, start: string, end: string): number {
  const { y, m, d } = parts(date);
  const [sh = 0, sm = 0] = start.split(':').map(Number);
  const [eh = 0, em = 0] = end.split(':').map(Number);
  const nextDay = eh * 60 + em <= sh * 60 + sm ? 1 : 0;
  const from = new Date(y, m - 1, d, sh, sm).getTime();
  const to = new Date(y, m - 1, d + nextDay, eh, em).getTime();
  return Math.round((to - from) / 60_000);
}
