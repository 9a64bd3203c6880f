/**
 * Volunteer activities: the rules, without React or Dexie.
 *
 * An activity records what the volunteer did and for how long, never who the citizen was.
 */
import type { Activity } from '@/db/schema';

/** Built-in activity types (keys into `activity.types.*`); anything else is the volunteer's own. */
export const ACTIVITY_TYPES = [
  'cards',
  'walk',
  'coffee',
  'reading',
  'music',
  'homework',
  'cafe',
  'trip',
] as const;
export type ActivityTypeKey = (typeof ACTIVITY_TYPES)[number];

/** Durations offered as one-tap choices, in minutes. */
export const DURATIONS = [30, 60, 90, 120, 180] as const;

/** Longest single activity we accept: a whole day and night is a typo, not a shift. */
export const MAX_DURATION_MINUTES = 16 * 60;

/** Longest note; a note is a reminder, not a report. */
export const MAX_NOTE_LENGTH = 500;

/** What the form hands over. */
export type ActivityInput = {
  date: string;
  durationMinutes: number;
  activityType: string;
  note?: string;
};

/** A field-level problem, as an i18n key under `activity.` */
export type ActivityError = 'typeRequired' | 'durationRequired';

/** Checks and normalises an activity; errors are per field. */
export function validateActivity(
  input: ActivityInput,
):
  | { ok: true; value: ActivityInput }
  | { ok: false; errors: Partial<Record<keyof ActivityInput, ActivityError>> } {
  const errors: Partial<Record<keyof ActivityInput, ActivityError>> = {};
  const activityType = input.activityType.trim();
  if (!activityType) errors.activityType = 'typeRequired';
  const minutes = input.durationMinutes;
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > MAX_DURATION_MINUTES) {
    errors.durationMinutes = 'durationRequired';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const note = input.note?.trim().slice(0, MAX_NOTE_LENGTH);
  return {
    ok: true,
    value: {
      date: input.date,
      durationMinutes: Math.round(minutes),
      activityType: activityType.slice(0, 80),
      ...(note ? { note } : {}),
    },
  };
}

/** True when `type` is one of the built-in keys (then it is shown translated). */
export function isBuiltInType(type: string): type is ActivityTypeKey {
  return (ACTIVITY_TYPES as readonly string[]).includes(type);
}

/** Sum of durations in minutes. */
export function totalMinutes(activities: readonly Pick<Activity, 'durationMinutes'>[]): number {
  let sum = 0;
  for (const activity of activities) sum += activity.durationMinutes;
  return sum;
}

/** Newest first: by date, then by when it was written. */
export function compareNewestFirst(a: Activity, b: Activity): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return b.createdAt - a.createdAt;
}
