/**
 * Years, month ranges and wall-clock times for the volunteer's hours, without React or Dexie. Days,
 * months and ISO weeks are src/lib/dates.
 *
 * An activity's date is the volunteer's local calendar day, so totals group by the string, never by
 * an instant. Instants (a timer's start and stop) become local dates and times only through the
 * device's local-time getters, which know the time zone's rules: a local day is 23 or 25 hours long
 * on the last Sundays of March and October.
 */
import { addMonths } from '@/lib/dates';

type Ymd = { y: number; m: number; d: number };

function parts(iso: string): Ymd {
  return {
    y: Number(iso.slice(0, 4)),
    m: Number(iso.slice(5, 7)),
    d: Number(iso.slice(8, 10)),
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `2026` for a date in 2026. */
export function yearKey(iso: string): string {
  return iso.slice(0, 4);
}

/** Every month key from `from` to `to` (both `YYYY-MM`), oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const keys: string[] = [];
  for (let month = from; month <= to && keys.length < 1200; month = addMonths(month, 1)) {
    keys.push(month);
  }
  return keys;
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
