/**
 * The activity plan as an iCalendar file (RFC 5545), written by hand: it is small, and a library
 * would weigh more than this file.
 *
 * One VEVENT per activity. Times are the plan's local times with `TZID=Europe/Copenhagen` and a
 * VTIMEZONE that defines it (CET/CEST, the EU rule since 1996); an activity without a start time
 * is an all-day event. Text values are escaped (`\\`, `;`, `,`, new lines) and every content line
 * is folded at 75 octets of UTF-8 without splitting a character; lines end with CRLF.
 */
import type { PlanItem } from '@/db/schema';
import { addDays } from '@/lib/dates';

/** Words the file uses, in the reader's language. */
export type IcsLabels = {
  kind: Record<PlanItem['kind'], string>;
  responsible: string;
  participants: string;
  caseRefs: string;
};

const CRLF = '\r\n';
const TZID = 'Europe/Copenhagen';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so no line is longer than 75 octets (UTF-8); continuation lines start with
 * one space, which counts towards their 75.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function compactDate(date: string): string {
  return date.replace(/-/g, '');
}

function localDateTime(date: string, time: string): string {
  return `${compactDate(date)}T${time.replace(':', '')}00`;
}

function utcStamp(now: number): string {
  return new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function description(item: PlanItem, labels: IcsLabels): string {
  const lines = [labels.kind[item.kind]];
  if (item.responsible) lines.push(`${labels.responsible}: ${item.responsible}`);
  if (item.participants) lines.push(`${labels.participants}: ${item.participants}`);
  if (item.caseRefs?.length) lines.push(`${labels.caseRefs}: ${item.caseRefs.join(', ')}`);
  return lines.join('\n');
}

function eventLines(item: PlanItem, labels: IcsLabels, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${item.id}@samspil`, `DTSTAMP:${stamp}`];
  if (item.startTime) {
    lines.push(`DTSTART;TZID=${TZID}:${localDateTime(item.date, item.startTime)}`);
    if (item.endTime && item.endTime > item.startTime) {
      lines.push(`DTEND;TZID=${TZID}:${localDateTime(item.date, item.endTime)}`);
    }
  } else {
    lines.push(`DTSTART;VALUE=DATE:${compactDate(item.date)}`);
    lines.push(`DTEND;VALUE=DATE:${compactDate(addDays(item.date, 1))}`);
  }
  lines.push(`SUMMARY:${escapeText(item.title)}`);
  lines.push(`DESCRIPTION:${escapeText(description(item, labels))}`);
  lines.push(`CATEGORIES:${escapeText(labels.kind[item.kind])}`);
  lines.push(`STATUS:${item.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The whole calendar for `items` (deleted rows are left out), as the text of an `.ics` file. */
export function toIcs(items: readonly PlanItem[], labels: IcsLabels, now: number): string {
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Samspil//Aktivitetsplan//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    ...items.filter((item) => !item._deleted).flatMap((item) => eventLines(item, labels, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
