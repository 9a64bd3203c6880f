/**
 * The week view's days and order: ISO weeks, Monday first. The calendar arithmetic itself (whole
 * days in UTC, so a summer-time change cannot move an activity to another day) is src/lib/dates.
 */
import { addDays } from '@/lib/dates';

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
