/** ISO 8601 weeks (`2026-W48`) for the weekly check-in, in local time. */

/** The ISO week a local date falls in, e.g. `2026-W48`; week 1 holds the year's first Thursday. */
export function isoWeek(date: Date | number): string {
  const d = new Date(date);
  // The Thursday of this week decides the year.
  const thursday = new Date(
    d.getFullYear(),
    d.getMonth(),
    d.getDate() + 3 - ((d.getDay() + 6) % 7),
  );
  const year = thursday.getFullYear();
  const jan1 = new Date(year, 0, 1);
  const dayOfYear = Math.round((thursday.getTime() - jan1.getTime()) / 86_400_000);
  const week = Math.floor(dayOfYear / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday (local midnight) that starts an ISO week. */
export function weekMonday(week: string): Date {
  const [yearText = '0', weekText = '1'] = week.split('-W');
  const year = Number(yearText);
  // 4 January is always in week 1.
  const jan4 = new Date(year, 0, 4);
  const monday1 = new Date(year, 0, 4 - ((jan4.getDay() + 6) % 7));
  return new Date(
    monday1.getFullYear(),
    monday1.getMonth(),
    monday1.getDate() + (Number(weekText) - 1) * 7,
  );
}

/** The week number alone (`48`) for labels. */
export function weekNumber(week: string): number {
  return Number(week.split('-W')[1]);
}
