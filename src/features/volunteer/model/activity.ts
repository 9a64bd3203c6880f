/**
 * Volunteer activities: the rules, without React or Dexie.
 *
 * An activity records what the volunteer did and for how long, never who the citizen was.
 */
import type { Activity } from '@/db/schema';
import { looksLikeCpr } from '@/protocol/cpr';

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

/** Longest activity type written by hand (the wire allows 80). */
export const MAX_TYPE_LENGTH = 80;

/** Most participants the wire accepts. */
export const MAX_PARTICIPANTS = 1000;

/** What the form hands over. */
export type ActivityInput = {
  date: string;
  durationMinutes: number;
  activityType: string;
  /** Local time `HH:MM`. */
  startTime?: string;
  institutionId?: string;
  participants?: number;
  note?: string;
};

/** A field-level problem; the form maps each to a text. */
export type ActivityError =
  | 'typeRequired'
  | 'durationRequired'
  | 'cprFound'
  | 'participantsInvalid'
  | 'startTimeInvalid'
  | 'dateInvalid';

/** Field errors of one validation. */
export type ActivityErrors = Partial<Record<keyof ActivityInput, ActivityError>>;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Checks and normalises an activity; errors are per field. Free text is checked for CPR numbers. */
export function validateActivity(
  input: ActivityInput,
): { ok: true; value: ActivityInput } | { ok: false; errors: ActivityErrors } {
  const errors: ActivityErrors = {};
  const activityType = input.activityType.trim().slice(0, MAX_TYPE_LENGTH);
  if (!activityType) errors.activityType = 'typeRequired';
  else if (looksLikeCpr(activityType)) errors.activityType = 'cprFound';
  const minutes = input.durationMinutes;
  if (!Number.isFinite(minutes) || minutes < 1 || minutes > MAX_DURATION_MINUTES) {
    errors.durationMinutes = 'durationRequired';
  }
  if (!DATE.test(input.date)) errors.date = 'dateInvalid';
  if (input.startTime !== undefined && !TIME.test(input.startTime)) {
    errors.startTime = 'startTimeInvalid';
  }
  const { participants } = input;
  if (
    participants !== undefined &&
    (!Number.isInteger(participants) || participants < 0 || participants > MAX_PARTICIPANTS)
  ) {
    errors.participants = 'participantsInvalid';
  }
  const note = input.note?.trim().slice(0, MAX_NOTE_LENGTH);
  if (note && looksLikeCpr(note)) errors.note = 'cprFound';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      date: input.date,
      durationMinutes: Math.round(minutes),
      activityType,
      ...(input.startTime !== undefined ? { startTime: input.startTime } : {}),
      ...(input.institutionId ? { institutionId: input.institutionId } : {}),
      ...(participants !== undefined ? { participants } : {}),
      ...(note ? { note } : {}),
    },
  };
}

/**
 * The fields an edit changes, for a per-field merge: only these travel, so an edit on one phone
 * never overwrites another field changed on another. A removed note becomes `''` (the wire has no
 * null); a removed start time or participant count cannot be sent and is left out.
 */
export function changedFields(before: Activity, after: ActivityInput): Partial<ActivityInput> {
  const changes: Partial<ActivityInput> = {};
  if (after.date !== before.date) changes.date = after.date;
  if (after.durationMinutes !== before.durationMinutes) {
    changes.durationMinutes = after.durationMinutes;
  }
  if (after.activityType !== before.activityType) changes.activityType = after.activityType;
  if (after.startTime !== undefined && after.startTime !== before.startTime) {
    changes.startTime = after.startTime;
  }
  if (after.institutionId !== undefined && after.institutionId !== before.institutionId) {
    changes.institutionId = after.institutionId;
  }
  if (after.participants !== undefined && after.participants !== before.participants) {
    changes.participants = after.participants;
  }
  if ((after.note ?? '') !== (before.note ?? '')) changes.note = after.note ?? '';
  return changes;
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

/**
 * The activity types to offer, in a stable order: the institution's own list (or the built-in
 * types when it has none), then the volunteer's recent types not already there. Two types with the
 * same label (say the built-in `cards` and an institution's "Kortspil") are offered once.
 */
export function typeChoices(
  institutionTypes: readonly string[] | undefined,
  recentTypes: readonly string[],
  label: (type: string) => string,
): string[] {
  const base = institutionTypes && institutionTypes.length > 0 ? institutionTypes : ACTIVITY_TYPES;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const type of [...base, ...recentTypes]) {
    const name = label(type).trim().toLocaleLowerCase('da');
    if (!name || seen.has(name)) continue;
    seen.add(name);
    out.push(type);
  }
  return out;
}

/** The distinct activity types of `recent` (newest first), at most `limit`. */
export function recentTypes(recent: readonly Activity[], limit = 6): string[] {
  const out: string[] = [];
  for (const activity of recent) {
    if (!out.includes(activity.activityType)) out.push(activity.activityType);
    if (out.length >= limit) break;
  }
  return out;
}

/** What a one-tap repeat saves again: the type, duration and place of a recent activity. */
export type RepeatCandidate = Pick<Activity, 'activityType' | 'durationMinutes' | 'institutionId'>;

/** The newest distinct (type, duration, place) combinations of `recent`, at most `limit`. */
export function repeatCandidates(recent: readonly Activity[], limit = 3): RepeatCandidate[] {
  const out: RepeatCandidate[] = [];
  const seen = new Set<string>();
  for (const { activityType, durationMinutes, institutionId } of recent) {
    const key = `${activityType}\u0000${durationMinutes}\u0000${institutionId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ activityType, durationMinutes, ...(institutionId ? { institutionId } : {}) });
    if (out.length >= limit) break;
  }
  return out;
}
