/**
 * The volunteer's own hours as CSV that Danish Excel opens as it is (the encoding rules are in
 * src/lib/csv.ts: BOM, `;`, decimal commas, CRLF).
 */
import type { Activity } from '@/db/schema';
import { csvDecimal, csvDocument } from '@/lib/csv';
import { isoWeekOf } from '@/lib/dates';

// Kept here for callers that know them as the volunteer's CSV helpers.
export { BOM, csvField } from '@/lib/csv';

/** Minutes as hours with two decimals and a decimal comma: 90 → `1,50`. */
export function decimalHours(minutes: number): string {
  return csvDecimal(minutes / 60, 2);
}

/** `2026-11-23` → `23-11-2026`, the date form Danish Excel reads as a date. */
export function danishDate(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

/** The column headings, in the user's language. */
export type CsvHeadings = {
  date: string;
  week: string;
  startTime: string;
  minutes: string;
  hours: string;
  activity: string;
  institution: string;
  participants: string;
  note: string;
};

/** Builds the CSV text (BOM included) for `activities`, in the order given. */
export function activitiesCsv(
  activities: readonly Activity[],
  headings: CsvHeadings,
  names: { type: (type: string) => string; institution: (id: string | undefined) => string },
): string {
  const header = [
    headings.date,
    headings.week,
    headings.startTime,
    headings.minutes,
    headings.hours,
    headings.activity,
    headings.institution,
    headings.participants,
    headings.note,
  ];
  const rows = activities.map((activity) => {
    const { year, week } = isoWeekOf(activity.date);
    return [
      danishDate(activity.date),
      `${week}/${year}`,
      activity.startTime ?? '',
      String(activity.durationMinutes),
      decimalHours(activity.durationMinutes),
      names.type(activity.activityType),
      names.institution(activity.institutionId),
      activity.participants === undefined ? '' : String(activity.participants),
      activity.note ?? '',
    ];
  });
  return csvDocument(header, rows);
}
