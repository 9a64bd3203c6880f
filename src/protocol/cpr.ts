/**
 * Does a text look like it holds a Danish CPR number? Shared by the client (a warning before
 * saving) and the server (a rejection with code `cpr_number`), so both judge the same way.
 *
 * A CPR number is `ddmmyy-ssss`, written with a dash, a space or nothing between the parts (an en
 * dash or a no-break space counts too: text pasted from elsewhere often has them). Days 61–91 are replacement numbers
 * (day + 60). The century is not in the number, so 29 February counts in every year divisible by
 * four, 00 included (2000 was a leap year). The modulus-11 check is not used: numbers issued since
 * 2007 need not pass it. Phone numbers (8 digits), amounts and dates written alone are left alone.
 */
import type { TableName } from './table-names';
import type { TABLE_FIELDS } from './tables';

// Six digits, an optional separator (a dash or an en dash, perhaps with a space on each side, or a
// space or a no-break space), four digits. No digit, and no digit group joined by a point, comma,
// slash or dash, on either side: that keeps amounts ("1.234,50"), dates ("12.03.2026") and longer
// numbers quiet. A mark with no digit before it ("nr.010190-1234", "cpr/0101901234") does not
// hide a CPR number.
const CANDIDATE =
  /(?<!\d)(?<!\d[.,/\-–])(\d{2})(\d{2})(\d{2})(?:[ \u00a0]?[-–][ \u00a0]?|[ \u00a0\u202f])?(\d{4})(?!\d)(?![.,/\-–]\d)/g;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isBirthDate(dayText: string, monthText: string, yearText: string): boolean {
  let day = Number(dayText);
  const month = Number(monthText);
  if (day > 60) day -= 60; // replacement number
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return Number(yearText) % 4 === 0; // 1900 is not leap, 2000 is
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** True when `text` contains something shaped like a CPR number with a real birth date. */
export function looksLikeCpr(text: string): boolean {
  for (const match of text.matchAll(CANDIDATE)) {
    const [, day = '', month = '', year = ''] = match;
    if (isBirthDate(day, month, year)) return true;
  }
  return false;
}

/** Field names of `table`'s wire schema. */
type FieldOf<T extends TableName> = keyof (typeof TABLE_FIELDS)[T] & string;

/**
 * The free-text fields people write, per table: checked for CPR numbers before saving on the
 * device and again on the server. A field holding a list of texts (tags, case references, activity
 * types) is checked item by item. Names copied from the writer's profile (`doneBy`, `authorName`,
 * `answeredBy`) count too: other phones show them. A field that takes any text but is left out
 * here is listed, with the reason, in test/protocol/cpr.test.ts.
 */
export const FREE_TEXT_FIELDS: { readonly [T in TableName]?: readonly FieldOf<T>[] } = {
  profile: ['displayName'],
  institutions: [
    'name',
    'kind',
    'contactName',
    'agreements',
    'insurance',
    'emergency',
    'activityTypes',
    'confidentialityText',
  ],
  activities: ['note', 'activityType'],
  expenses: ['description', 'rejectReason'],
  concerns: ['message', 'preferredTime'],
  introItems: ['title', 'body'],
  logbookEntries: ['text', 'tags'],
  sharedEntries: ['text', 'tags', 'authorName', 'answer', 'answeredBy'],
  tips: ['title', 'body', 'tag'],
  planItems: ['title', 'participants', 'responsible', 'caseRefs'],
  checklists: ['title'],
  checklistItems: ['text', 'note', 'doneBy'],
};

/** A text, or a list holding a text, that looks like it holds a CPR number. */
function holdsCpr(value: unknown): boolean {
  if (typeof value === 'string') return looksLikeCpr(value);
  return (
    Array.isArray(value) && value.some((item) => typeof item === 'string' && looksLikeCpr(item))
  );
}

/** The first free-text field of `table` in `fields` that looks like it holds a CPR number. */
export function cprField(table: TableName, fields: Record<string, unknown>): string | undefined {
  const names: readonly string[] = FREE_TEXT_FIELDS[table] ?? [];
  return names.find((field) => holdsCpr(fields[field]));
}
