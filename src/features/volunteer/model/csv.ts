/**
 * The volunteer's own hours as CSV that Danish Excel opens as it is: UTF-8 with a byte-order mark
 * (without it Excel guesses Windows-1252 and garbles æ, ø, å), `;` between fields (Danish Excel's
 * list separator, since `,` is the decimal mark), decimal commas, CRLF line ends.
 */
import type { Activity } from '@/db/schema';
import { weekKey } from './dates';

/** The byte-order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

const SEPARATOR = ';';
const LINE_END = '\r\n';

/**
 * One field, quoted when it holds a separator, a quote or a line break. Text that a spreadsheet
 * would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Minutes as hours with two decimals and a decimal comma: 90 → `1,50`. */
export function decimalHours(minutes: number): string {
  return (Math.round((minutes / 60) * 100) / 100).toFixed(2).replace('.', ',');
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
  const lines = [header.map(csvField).join(SEPARATOR)];
  for (const activity of activities) {
    const { year, week } = splitWeek(weekKey(activity.date));
    lines.push(
      [
        danishDate(activity.date),
        `${week}/${year}`,
        activity.startTime ?? '',
        String(activity.durationMinutes),
        decimalHours(activity.durationMinutes),
        names.type(activity.activityType),
        names.institution(activity.institutionId),
        activity.participants === undefined ? '' : String(activity.participants),
        activity.note ?? '',
      ]
        .map(csvField)
        .join(SEPARATOR),
    );
  }
  return BOM + lines.join(LINE_END) + LINE_END;
}

function splitWeek(key: string): { year: string; week: string } {
  return { year: key.slice(0, 4), week: String(Number(key.slice(6))) };
}
