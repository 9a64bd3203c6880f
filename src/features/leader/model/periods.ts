/** The periods the overview shows: the last 12 calendar months and the last 8 ISO weeks. */

/** `2026-11-23` → `2026-11`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The `count` months up to and including `today`'s (a local `YYYY-MM-DD`), oldest first. */
export function lastMonths(today: string, count = 12): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const index = year * 12 + month - back;
    const y = Math.floor(index / 12);
    months.push(`${y}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/** The ISO week (`2026-W48`) a local calendar day falls in; week 1 holds the year's first Thursday. */
export function isoWeekOf(year: number, monthIndex: number, day: number): string {
  // Noon UTC: date arithmetic in whole days without daylight saving in the way.
  const date = new Date(Date.UTC(year, monthIndex, day, 12));
  const weekday = (date.getUTCDay() + 6) % 7;
  // The Thursday of this week decides the year.
  date.setUTCDate(date.getUTCDate() + 3 - weekday);
  const weekYear = date.getUTCFullYear();
  const jan1 = Date.UTC(weekYear, 0, 1, 12);
  const week = Math.floor(Math.round((date.getTime() - jan1) / 86_400_000) / 7) + 1;
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** The `count` ISO weeks up to and including `today`'s (a local `YYYY-MM-DD`), oldest first. */
export function lastWeeks(today: string, count = 8): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  const day = Number(today.slice(8, 10));
  const weeks: string[] = [];
  for (let back = count - 1; back >= 0; back--) weeks.push(isoWeekOf(year, month, day - 7 * back));
  return weeks;
}

/** `2026-W48` → `{ year: 2026, week: 48 }`, for labels. */
export function splitWeek(week: string): { year: number; week: number } {
  return { year: Number(week.slice(0, 4)), week: Number(week.slice(6)) };
}
