/**
 * The rows the server derives for volunteers (SERVER_TABLES): the `volunteers` roster a contact
 * person sees, and `volunteerHours`, a volunteer's minutes and activity count per month.
 *
 * Both live in `shared:<volunteerId>` and are owned by the volunteer. Hours are kept exact
 * incrementally: for each activity a push changed, its old contribution (the month of its old
 * date, its old minutes) is taken off and its new one added. A push that changes no activity, or
 * changes one without moving its date or minutes, changes no hours row.
 */
import type { ServerClock } from './server-clock';
import { derivedKey, writeServerRows, type ServerRow } from './server-rows';
import type { Store, StoreTransaction } from './store';

/** A volunteer as the derived rows name them. */
export type VolunteerRef = { userId: string; institutionId: string | null };

/** An activity's fields before and after a push (`undefined`: absent or deleted). */
export type ActivityChange = {
  before: Record<string, unknown> | undefined;
  after: Record<string, unknown> | undefined;
};

const MONTH_OF_DATE = /^(\d{4}-\d{2})-\d{2}$/;

/** The roster row of a volunteer, created with what is known now and updated field by field. */
export function rosterRow(
  volunteer: VolunteerRef,
  fields: { displayName?: string; joinedAt: number },
): ServerRow {
  return {
    table: 'volunteers',
    key: volunteer.userId,
    scope: `shared:${volunteer.userId}`,
    owner: volunteer.userId,
    update: (current) => ({
      ...(volunteer.institutionId ? { institutionId: volunteer.institutionId } : {}),
      ...(fields.displayName === undefined ? {} : { displayName: fields.displayName }),
      // The day they joined never moves once recorded.
      ...(current?.joinedAt === undefined ? { joinedAt: fields.joinedAt } : {}),
    }),
  };
}

/**
 * Puts a new volunteer on their institution's roster, in the transaction that creates them (it
 * takes the writers' lock for the rest of `trx`).
 */
export async function addToRoster(
  store: Store,
  trx: StoreTransaction,
  clock: ServerClock,
  volunteer: VolunteerRef,
  joinedAt: number,
): Promise<void> {
  await store.lockWriters(trx);
  await writeServerRows(trx, clock, [rosterRow(volunteer, { joinedAt })], joinedAt);
}

/**
 * The key of a volunteer's hours row for `month` (`YYYY-MM`): SHA-256 of both, shaped as a
 * version-8 UUID, so every server process finds the same row without a lookup table.
 */
export function hoursKey(userId: string, month: string): string {
  return derivedKey('volunteerHours', userId, month);
}

/** What one activity adds to its month, or nothing (no valid date, or not there). */
function contribution(fields: Record<string, unknown> | undefined) {
  const date = fields?.date;
  const month = typeof date === 'string' ? MONTH_OF_DATE.exec(date)?.[1] : undefined;
  if (!fields || month === undefined) return undefined;
  const minutes = fields.durationMinutes;
  return { month, minutes: typeof minutes === 'number' ? minutes : 0 };
}

const count = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** What a push changes in one month: minutes and activities added (negative: taken off). */
export type HoursDelta = { minutes: number; entries: number };

/** Per month (`YYYY-MM`, in order), what `changes` add; months they leave as they were are left out. */
export function hoursDeltas(changes: readonly ActivityChange[]): Map<string, HoursDelta> {
  const deltas = new Map<string, HoursDelta>();
  const add = (part: ReturnType<typeof contribution>, sign: 1 | -1) => {
    if (!part) return;
    const delta = deltas.get(part.month) ?? { minutes: 0, entries: 0 };
    deltas.set(part.month, {
      minutes: delta.minutes + sign * part.minutes,
      entries: delta.entries + sign,
    });
  };
  for (const change of changes) {
    add(contribution(change.before), -1);
    add(contribution(change.after), 1);
  }
  return new Map(
    [...deltas]
      .filter(([, delta]) => delta.minutes !== 0 || delta.entries !== 0)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** A volunteer's hours in a month after `delta`: never below zero (see hoursRows). */
export function addHours(
  current: Record<string, unknown> | undefined,
  delta: HoursDelta,
): HoursDelta {
  return {
    minutes: Math.max(0, count(current?.minutes) + delta.minutes),
    entries: Math.max(0, count(current?.entries) + delta.entries),
  };
}

/** The hours rows to change by `deltas` (hoursDeltas) for `volunteer`. */
export function hoursRows(
  volunteer: VolunteerRef,
  deltas: ReadonlyMap<string, HoursDelta>,
): ServerRow[] {
  return [...deltas].map(([month, delta]) => ({
    table: 'volunteerHours',
    key: hoursKey(volunteer.userId, month),
    scope: `shared:${volunteer.userId}`,
    owner: volunteer.userId,
    update: (current) => ({
      volunteerId: volunteer.userId,
      ...(volunteer.institutionId ? { institutionId: volunteer.institutionId } : {}),
      month,
      // Never below zero, even for activities synced before hours were counted.
      ...addHours(current, delta),
    }),
  }));
}
