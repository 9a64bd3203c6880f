/**
 * The rows the server derives from what one push changed (push.ts writes them in the push's
 * transaction, under the writers' lock, after the push's own rows):
 * - staff (staff-rows.ts): a team's check-in averages for every week a check-in entered or left
 *   (and the leader's copy), the read count of every tip a read named or that was deleted;
 * - volunteers (volunteer-rows.ts): the hours of every month an activity entered or left, and the
 *   roster row when their display name changed;
 * - the leader's overview (leader-rows.ts, leader-units.ts): the hours of the volunteer's
 *   institution in those months, the progress of every checklist a checklist or an item named,
 *   the reach of every tip the push changed or a read named, and the unit of an institution
 *   whose name changed.
 * Each is worked out from the changes and a few queries per push, never per mutation.
 */
import type { TableName } from '@/protocol/table-names';
import type { Principal } from './auth/principal';
import { checklistProgressRows, institutionHoursRows, tipReachRows } from './leader-rows';
import { unitRows } from './leader-units';
import type { ServerRow } from './server-rows';
import { teamCheckInRows, tipStatsRows } from './staff-rows';
import type { StoreTransaction } from './store';
import { hoursDeltas, hoursRows, rosterRow, type ActivityChange } from './volunteer-rows';

/** One row a push changed: its live fields before and after (`undefined`: absent or deleted). */
export type RowChange = {
  table: TableName;
  key: string;
  before: Record<string, unknown> | undefined;
  after: Record<string, unknown> | undefined;
};

/** The string value of `field` in `fields`, if it has one. */
function text(fields: Record<string, unknown> | undefined, field: string): string | undefined {
  const value = fields?.[field];
  return typeof value === 'string' ? value : undefined;
}

/** The values of `field` before and after each change of `table`. */
function named(changes: readonly RowChange[], table: TableName, field: string, into: Set<string>) {
  for (const change of changes) {
    if (change.table !== table) continue;
    for (const value of [text(change.before, field), text(change.after, field)]) {
      if (value) into.add(value);
    }
  }
  return into;
}

/** Every row `principal`'s push derives from `changes`. */
export async function derivedRows(
  trx: StoreTransaction,
  principal: Principal,
  changes: readonly RowChange[],
): Promise<ServerRow[]> {
  const weeks = named(changes, 'checkIns', 'week', new Set());
  const readTips = named(changes, 'tipReads', 'tipId', new Set());
  const statsTips = new Set(readTips);
  const reachTips = new Set(readTips);
  const checklists = named(changes, 'checklistItems', 'checklistId', new Set());
  const renamed: string[] = [];
  for (const change of changes) {
    if (change.table === 'tips') {
      reachTips.add(change.key);
      if (!change.after) statsTips.add(change.key);
    }
    if (change.table === 'checklists') checklists.add(change.key);
    if (
      change.table === 'institutions' &&
      text(change.before, 'name') !== text(change.after, 'name')
    )
      renamed.push(change.key);
  }
  return [
    ...(principal.teamId ? await teamCheckInRows(trx, principal.teamId, weeks) : []),
    ...(await tipStatsRows(trx, statsTips)),
    ...(await volunteerRows(trx, principal, changes)),
    ...(await checklistProgressRows(trx, checklists)),
    ...(await tipReachRows(trx, reachTips)),
    ...(renamed.length > 0
      ? await unitRows(trx, { institutions: renamed, teams: [], municipality: false })
      : []),
  ];
}

/**
 * The rows derived from what a volunteer's push changed: the hours of every month an activity
 * entered or left (theirs and their institution's), and the roster row when their display name
 * changed. Reads the stored hours rows before they are written.
 */
async function volunteerRows(
  trx: StoreTransaction,
  principal: Principal,
  changes: readonly RowChange[],
): Promise<ServerRow[]> {
  if (principal.role !== 'volunteer') return [];
  const activities: ActivityChange[] = [];
  let displayName: string | undefined;
  for (const change of changes) {
    if (change.table === 'activities') activities.push(change);
    const name = text(change.after, 'displayName');
    if (change.table === 'profile' && name !== undefined && name !== change.before?.displayName) {
      displayName = name;
    }
  }
  const deltas = hoursDeltas(activities);
  const rows = [
    ...hoursRows(principal, deltas),
    ...(await institutionHoursRows(trx, principal, deltas)),
  ];
  if (displayName !== undefined) {
    // An account older than the roster has no row yet: it joined when the account was made.
    const user = await trx
      .selectFrom('users')
      .select('created_at')
      .where('id', '=', principal.userId)
      .executeTakeFirstOrThrow();
    rows.push(rosterRow(principal, { displayName, joinedAt: user.created_at }));
  }
  return rows;
}
