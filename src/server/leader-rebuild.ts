/**
 * Recounts every row of the leader's overview from the stored data: at server start, so totals
 * exist for what was written before the overview (or before a fix to how it counts).
 *
 * Guarantees: one transaction under the writers' lock (two processes starting together take
 * turns, and no push runs in between); a row whose fields come out the same is not written and
 * keeps its seq, so a rebuild after correct incremental upkeep changes nothing; a live row in the
 * `leader` scope that nothing backs any more becomes a tombstone.
 */
import type { TableName } from '@/protocol/table-names';
import { allInstitutionHoursRows, checklistProgressRows, tipReachRows } from './leader-rows';
import { unitRows } from './leader-units';
import { LEADER_SCOPE } from './scopes';
import { createServerClock } from './server-clock';
import { SERVER_OWNER, writeServerRows, type ServerRow } from './server-rows';
import { teamCheckInRows } from './staff-rows';
import type { Store, StoreTransaction } from './store';

/** The leader's copies of every team's check-in averages, for every week someone answered. */
async function leaderCheckInRows(trx: StoreTransaction): Promise<ServerRow[]> {
  const caseworkers = await trx
    .selectFrom('users')
    .select(['id', 'team_id'])
    .where('role', '=', 'caseworker')
    .where('team_id', 'is not', null)
    .execute();
  const teamOf = new Map(caseworkers.map((user) => [`user:${user.id}`, user.team_id ?? '']));
  const checkIns = await trx
    .selectFrom('rows')
    .select(['scope', 'fields'])
    .where('tbl', '=', 'checkIns')
    .where('deleted', '=', 0)
    .execute();
  const weeks = new Map<string, Set<string>>();
  for (const row of checkIns) {
    const team = teamOf.get(row.scope);
    const week = (JSON.parse(row.fields) as { week?: unknown }).week;
    if (!team || typeof week !== 'string') continue;
    weeks.set(team, (weeks.get(team) ?? new Set()).add(week));
  }
  const rows: ServerRow[] = [];
  for (const [team, teamWeeks] of [...weeks].sort(([a], [b]) => a.localeCompare(b))) {
    const both = await teamCheckInRows(trx, team, teamWeeks);
    rows.push(...both.filter((row) => row.scope === LEADER_SCOPE));
  }
  return rows;
}

/** Recounts every leader row; answers how many rows changed. */
export async function rebuildLeaderRows(
  store: Store,
  now: () => number = Date.now,
): Promise<number> {
  const clock = createServerClock(now);
  return store.db.transaction().execute(async (trx) => {
    await store.lockWriters(trx);
    const rows = [
      ...(await unitRows(trx, 'all')),
      ...(await allInstitutionHoursRows(trx)),
      ...(await checklistProgressRows(trx)),
      ...(await tipReachRows(trx)),
      ...(await leaderCheckInRows(trx)),
    ];
    const backed = new Set(rows.map((row) => `${row.table}/${row.key}`));
    const stored = await trx
      .selectFrom('rows')
      .select(['tbl', 'key'])
      .where('scope', '=', LEADER_SCOPE)
      .where('deleted', '=', 0)
      .execute();
    for (const row of stored) {
      if (backed.has(`${row.tbl}/${row.key}`)) continue;
      rows.push({
        table: row.tbl as TableName,
        key: row.key,
        scope: LEADER_SCOPE,
        owner: SERVER_OWNER,
        update: () => 'delete',
      });
    }
    return writeServerRows(trx, clock, rows, now());
  });
}
