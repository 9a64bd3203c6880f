/** Month arithmetic on local `YYYY-MM` strings (days and weeks are src/lib/dates). */

/** `YYYY-MM` of a local date. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The month `offset` months from `month` (`YYYY-MM`), e.g. `-1` for the month before. */
export function shiftMonth(month: string, offset: number): string {
  const [year = 1970, monthNumber = 1] = month.split('-').map(Number);
  return monthOf(new Date(year, monthNumber - 1 + offset, 1));
}

/** The last `count` months up to and including `month`, newest first. */
export function lastMonths(month: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => shiftMonth(month, -index));
}
