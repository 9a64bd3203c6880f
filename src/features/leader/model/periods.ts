/**
 * The periods the overview shows: the last 12 calendar months here, the last 8 ISO weeks through
 * lastWeeks in src/lib/dates.
 */

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
