/**
 * The totals of the leader's overview (scope `leader`, owner SERVER_OWNER): volunteer hours per
 * institution and month, each team checklist's progress, and how far each tip reached. Never a
 * person's row and never a text someone wrote, except a checklist's or a tip's title.
 *
 * Written in the push transaction (under the writers' lock) for what the push touched, and
 * recounted from scratch at server start (leader-rebuild.ts) with the same functions, so both
 * ways give the same rows:
 * - `institutionHours`: the sum of the institution's volunteers' `volunteerHours` rows for the
 *   month (by the institution those rows name), and how many of those rows have an activity.
 *   Kept incrementally from each hours row's change: its fields before the push (read from the
 *   store) and after it (the same arithmetic as the hours row). No row for a month with nothing.
 * - `checklistProgress`: the live items of a team checklist, and how many are done. Only items
 *   in the checklist's own team count (anyone can name any checklist in an item). A deleted
 *   checklist takes its row away.
 * - `tipReach`: a tip's distinct readers other than its writer (tipReaders, as tipStats counts
 *   them), with its title, week, audience and unit taken from where the tip lives, and whether
 *   the writer is one of that unit's members (countsIn; then the recipients are one fewer than the
 *   unit's members). A deleted tip takes its row away.
 */
import { countsIn, peopleById, type UnitRef } from './leader-units';
import { LEADER_SCOPE } from './scopes';
import { derivedKey, SERVER_OWNER, type ServerRow } from './server-rows';
import { tipReaders } from './staff-rows';
import type { StoreTransaction } from './store';
import { addHours, hoursKey, type HoursDelta, type VolunteerRef } from './volunteer-rows';

const CHUNK = 500;
/** LIKE patterns per statement (each is one OR term). */
const LIKE_CHUNK = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The key of `institutionId`'s hours in `month` (`YYYY-MM`). */
export function institutionHoursKey(institutionId: string, month: string): string {
  return derivedKey('institutionHours', institutionId, month);
}

/** The key of a checklist's progress. */
export function checklistProgressKey(checklistId: string): string {
  return derivedKey('checklistProgress', checklistId);
}

/** The key of a tip's reach. */
export function tipReachKey(tipId: string): string {
  return derivedKey('tipReach', tipId);
}

type Fields = Record<string, unknown>;
/** A live stored row. */
type Stored = { key: string; scope: string; owner: string; fields: Fields };

const leaderRow = (
  table: 'institutionHours' | 'checklistProgress' | 'tipReach',
  key: string,
  update: ServerRow['update'],
): ServerRow => ({ table, key, scope: LEADER_SCOPE, owner: SERVER_OWNER, update });

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const number = (value: unknown) => (typeof value === 'number' ? value : 0);

/** The id in a scope of `kind` (`team:<id>` → id). */
function scopeId(scope: string, kind: string): string | undefined {
  return scope.startsWith(`${kind}:`) ? scope.slice(kind.length + 1) : undefined;
}

function parse(row: { key: string; scope: string; owner_user_id: string; fields: string }): Stored {
  const fields = JSON.parse(row.fields) as Fields;
  return { key: row.key, scope: row.scope, owner: row.owner_user_id, fields };
}

/** The live rows of `table` with `keys` (all of them when `keys` is undefined), by key. */
async function liveRows(trx: StoreTransaction, table: string, keys?: readonly string[]) {
  const query = trx
    .selectFrom('rows')
    .select(['key', 'scope', 'owner_user_id', 'fields'])
    .where('tbl', '=', table)
    .where('deleted', '=', 0);
  const found = new Map<string, Stored>();
  if (!keys) {
    for (const row of await query.execute()) found.set(row.key, parse(row));
    return found;
  }
  for (let start = 0; start < keys.length; start += CHUNK) {
    const rows = await query.where('key', 'in', keys.slice(start, start + CHUNK)).execute();
    for (const row of rows) found.set(row.key, parse(row));
  }
  return found;
}

/**
 * The live rows of `table` whose `field` is one of `ids` (any id when `ids` is undefined), by
 * that id. The ids are UUIDs (no LIKE wildcard); the LIKE narrows, the parsed value decides.
 */
async function rowsNaming(
  trx: StoreTransaction,
  table: string,
  field: string,
  ids?: readonly string[],
) {
  const base = trx
    .selectFrom('rows')
    .select(['key', 'scope', 'owner_user_id', 'fields'])
    .where('tbl', '=', table)
    .where('deleted', '=', 0);
  const found: Stored[] = [];
  if (!ids) {
    for (const row of await base.execute()) found.push(parse(row));
  } else {
    const wanted = ids.filter((id) => UUID.test(id));
    for (let start = 0; start < wanted.length; start += LIKE_CHUNK) {
      const some = wanted.slice(start, start + LIKE_CHUNK);
      const rows = await base
        .where((eb) => eb.or(some.map((id) => eb('fields', 'like', `%"${field}":"${id}"%`))))
        .execute();
      for (const row of rows) found.push(parse(row));
    }
  }
  const named = new Set(ids);
  const byId = new Map<string, Stored[]>();
  for (const row of found) {
    const id = text(row.fields[field]);
    if (id === undefined || (ids && !named.has(id))) continue;
    byId.set(id, [...(byId.get(id) ?? []), row]);
  }
  return byId;
}

// --- Hours per institution and month ---------------------------------------------------------

type Totals = { minutes: number; entries: number; volunteers: number };

/** The row of `institutionId`'s `month` given new totals: none when nothing is left. */
function hoursRow(institutionId: string, month: string, totals: (current?: Fields) => Totals) {
  return leaderRow('institutionHours', institutionHoursKey(institutionId, month), (current) => {
    const { minutes, entries, volunteers } = totals(current);
    if (minutes === 0 && entries === 0) return 'delete';
    return { institutionId, month, minutes, entries, volunteers };
  });
}

/**
 * The institution rows to change when `volunteer`'s hours change by `deltas` (hoursDeltas): each
 * hours row's part is taken off the institution it named and its new part added to the
 * institution it will name (the volunteer's; they are the same unless the volunteer moved).
 * Reads the volunteer's hours rows for those months, so call it before they are written.
 */
export async function institutionHoursRows(
  trx: StoreTransaction,
  volunteer: VolunteerRef,
  deltas: ReadonlyMap<string, HoursDelta>,
): Promise<ServerRow[]> {
  if (deltas.size === 0) return [];
  const keys = [...deltas.keys()].map((month) => hoursKey(volunteer.userId, month));
  const stored = await liveRows(trx, 'volunteerHours', keys);
  const changes = new Map<string, { institutionId: string; month: string } & Totals>();
  const add = (
    institutionId: string | undefined,
    month: string,
    part: HoursDelta,
    sign: number,
  ) => {
    if (!institutionId) return; // a volunteer without an institution counts nowhere
    const id = `${institutionId}/${month}`;
    const change = changes.get(id) ?? {
      institutionId,
      month,
      minutes: 0,
      entries: 0,
      volunteers: 0,
    };
    change.minutes += sign * part.minutes;
    change.entries += sign * part.entries;
    change.volunteers += sign * (part.entries > 0 ? 1 : 0);
    changes.set(id, change);
  };
  for (const [month, delta] of deltas) {
    const before = stored.get(hoursKey(volunteer.userId, month))?.fields;
    const from = text(before?.institutionId);
    add(from, month, addHours(before, { minutes: 0, entries: 0 }), -1);
    add(volunteer.institutionId ?? from, month, addHours(before, delta), 1);
  }
  return [...changes.values()].map((change) =>
    hoursRow(change.institutionId, change.month, (current) => ({
      minutes: Math.max(0, number(current?.minutes) + change.minutes),
      entries: Math.max(0, number(current?.entries) + change.entries),
      volunteers: Math.max(0, number(current?.volunteers) + change.volunteers),
    })),
  );
}

/** Every institution's hours rows, summed from all the volunteers' hours rows. */
export async function allInstitutionHoursRows(trx: StoreTransaction): Promise<ServerRow[]> {
  const sums = new Map<string, { institutionId: string; month: string } & Totals>();
  for (const row of (await liveRows(trx, 'volunteerHours')).values()) {
    const institutionId = text(row.fields.institutionId);
    const month = text(row.fields.month);
    if (!institutionId || !month) continue;
    const id = `${institutionId}/${month}`;
    const sum = sums.get(id) ?? { institutionId, month, minutes: 0, entries: 0, volunteers: 0 };
    const part = addHours(row.fields, { minutes: 0, entries: 0 });
    sum.minutes += part.minutes;
    sum.entries += part.entries;
    sum.volunteers += part.entries > 0 ? 1 : 0;
    sums.set(id, sum);
  }
  return [...sums.values()].map((sum) => hoursRow(sum.institutionId, sum.month, () => sum));
}

// --- Checklist progress and tip reach --------------------------------------------------------

/**
 * The progress rows of `checklistIds` (every live checklist when undefined), recounted from the
 * stored checklists and items.
 */
export async function checklistProgressRows(
  trx: StoreTransaction,
  checklistIds?: ReadonlySet<string>,
): Promise<ServerRow[]> {
  const ids = checklistIds ? [...checklistIds].sort() : undefined;
  if (ids?.length === 0) return [];
  const checklists = await liveRows(trx, 'checklists', ids);
  // Every item at once when recounting all (items of checklists that are gone are left out below).
  const items = await rowsNaming(trx, 'checklistItems', 'checklistId', ids);
  return (ids ?? [...checklists.keys()]).map((checklistId) =>
    leaderRow('checklistProgress', checklistProgressKey(checklistId), () => {
      const checklist = checklists.get(checklistId);
      const teamId = checklist && scopeId(checklist.scope, 'team');
      if (!checklist || !teamId) return 'delete';
      const own = (items.get(checklistId) ?? []).filter((item) => item.scope === checklist.scope);
      const template = text(checklist.fields.template);
      return {
        checklistId,
        teamId,
        title: text(checklist.fields.title) ?? '',
        ...(template === undefined ? {} : { template }),
        items: own.length,
        done: own.filter((item) => item.fields.done === true).length,
      };
    }),
  );
}

/** Who a tip was sent to: everyone, or a team or an institution's volunteers. */
type SentTo = { audience: 'everyone' } | { audience: 'team' | 'volunteers'; unitId: string };

/** Who a tip in `scope` was sent to. */
function audienceOf(scope: string): SentTo | undefined {
  if (scope === 'all') return { audience: 'everyone' };
  const team = scopeId(scope, 'team');
  if (team) return { audience: 'team', unitId: team };
  const institution = scopeId(scope, 'volunteers');
  if (institution) return { audience: 'volunteers', unitId: institution };
  return undefined;
}

/** The unit whose members a tip sent to `sentTo` goes to. */
function unitOf(sentTo: SentTo): UnitRef {
  if (sentTo.audience === 'everyone') return { kind: 'municipality' };
  return { kind: sentTo.audience === 'team' ? 'team' : 'institution', id: sentTo.unitId };
}

/** The reach rows of `tipIds` (every live tip when undefined), recounted from the stored reads. */
export async function tipReachRows(
  trx: StoreTransaction,
  tipIds?: ReadonlySet<string>,
): Promise<ServerRow[]> {
  const ids = tipIds ? [...tipIds].sort() : undefined;
  if (ids?.length === 0) return [];
  const tips = await liveRows(trx, 'tips', ids);
  const writers = await peopleById(trx, [...new Set([...tips.values()].map((tip) => tip.owner))]);
  // Reads of every tip at once when recounting all (tips read but gone are left out below).
  const reads = await rowsNaming(trx, 'tipReads', 'tipId', ids);
  return (ids ?? [...tips.keys()]).map((tipId) =>
    leaderRow('tipReach', tipReachKey(tipId), () => {
      const tip = tips.get(tipId);
      const sentTo = tip && audienceOf(tip.scope);
      if (!tip || !sentTo) return 'delete';
      const week = text(tip.fields.week);
      const writer = writers.get(tip.owner);
      const readers = tipReaders(
        (reads.get(tipId) ?? []).map((read) => read.owner),
        tip.owner,
      );
      return {
        tipId,
        title: text(tip.fields.title) ?? '',
        ...(week === undefined ? {} : { week }),
        ...sentTo,
        reads: readers.size,
        authorIsMember: writer !== undefined && countsIn(writer, unitOf(sentTo)),
      };
    }),
  );
}
