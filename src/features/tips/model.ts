/**
 * Ugens Tip: the weekly tip a contact person writes.
 */

/** ISO-8601 week of a local date, as `YYYY-Www` (weeks start on Monday; week 1 holds 4 January). */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of this week decides the year the week belongs to.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The week number alone, for display: `2026-W05` → `5`. */
export function weekNumber(week: string): number {
  return Number(week.slice(week.indexOf('W') + 1));
}

/** Longest tip title and body. */
export const MAX_TITLE_LENGTH = 120;
export const MAX_BODY_LENGTH = 4000;

/** What the form hands over. */
export type TipInput = {
  week: string;
  title: string;
  body: string;
  audience: 'team' | 'volunteers' | 'everyone';
};

/** Checks and trims a tip; the error is an i18n key under `tips.` */
export function validateTip(
  input: TipInput,
): { ok: true; value: TipInput } | { ok: false; error: 'required' } {
  const title = input.title.trim().slice(0, MAX_TITLE_LENGTH);
  const body = input.body.trim().slice(0, MAX_BODY_LENGTH);
  if (!title || !body) return { ok: false, error: 'required' };
  return { ok: true, value: { ...input, title, body } };
}
