/**
 * The rows the server derives for staff (SERVER_TABLES): `teamCheckIns`, a team's weekly
 * check-in averages, and `tipStats`, how many people have read a tip.
 *
 * Both are recounted from the stored rows in the push transaction (after the push's own rows are
 * written, under the writers' lock), for just the (team, week) pairs and tips the push touched:
 * - A team's week gets a row only when at least MIN_ANSWERS of its caseworkers answered both
 *   questions that week; below that the row is taken away (a tombstone), so nobody reading the
 *   team can work out one person's answer. The leader's overview gets a copy of each such row in
 *   the `leader` scope (leaderCheckInKey), kept by the same rule. One answer per person and week: with several rows for
 *   the same week (two phones), the latest value of each question counts.
 * - A tip's count is its distinct readers (live `tipReads` rows naming it, by owner) other than
 *   its writer (tipReaders), stored in the tip's own scope, so exactly those who read the tip see
 *   the count. A deleted tip takes its count with it; reads of a tip the server does not have
 *   count nowhere.
 * Keys come from what the row is about (derivedKey), so every server process finds the same row.
 */
import { LEADER_SCOPE } from './scopes';
import { SERVER_OWNER, derivedKey, type ServerRow } from './server-rows';
import type { StoreTransaction } from './store';

/** Fewer answers than this in a team's week and there is no average. */
export const MIN_ANSWERS = 3;

const CHUNK = 500;

/** The key of `teamId`'s averages for `week` (`YYYY-Www`). */
export function teamCheckInKey(teamId: string, week: string): string {
  return derivedKey('teamCheckIns', teamId, week);
}

/** The key of the leader's copy of `teamId`'s averages for `week` (scope `leader`). */
export function leaderCheckInKey(teamId: string, week: string): string {
  return derivedKey('teamCheckIns', 'leader', teamId, week);
}

/** The key of the read count of the tip `tipId`. */
export function tipStatsKey(tipId: string): string {
  return derivedKey('tipStats', tipId);
}

/** Rounded to one decimal. */
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

const rating = (value: unknown) => (typeof value === 'number' ? value : undefined);

/**
 * The averages rows of `teamId` for `weeks`: written, changed or taken away; each twice, in the
 * team's scope and a copy in the leader's (same fields, same rule).
 */
export async function teamCheckInRows(
  trx: StoreTransaction,
  teamId: string,
  weeks: ReadonlySet<string>,
): Promise<ServerRow[]> {
  if (weeks.size === 0) return [];
  const caseworkers = await trx
    .selectFrom('users')
    .select('id')
    .where('team_id', '=', teamId)
    .where('role', '=', 'caseworker')
    .execute();
  // Per person and week, the latest value of each question (rows in seq order).
  type Answer = { methodGoing?: number | undefined; confidence?: number | undefined };
  const answers = new Map<string, Map<string, Answer>>();
  const scopes = caseworkers.map((user) => `user:${user.id}`);
  for (let start = 0; start < scopes.length; start += CHUNK) {
    const rows = await trx
      .selectFrom('rows')
      .select(['scope', 'fields'])
      .where('tbl', '=', 'checkIns')
      .where('scope', 'in', scopes.slice(start, start + CHUNK))
      .where('deleted', '=', 0)
      .orderBy('seq')
      .execute();
    for (const row of rows) {
      const fields = JSON.parse(row.fields) as Record<string, unknown>;
      const week = fields.week;
      if (typeof week !== 'string' || !weeks.has(week)) continue;
      const byPerson = answers.get(week) ?? new Map<string, Answer>();
      answers.set(week, byPerson);
      const answer = byPerson.get(row.scope) ?? {};
      byPerson.set(row.scope, {
        methodGoing: rating(fields.methodGoing) ?? answer.methodGoing,
        confidence: rating(fields.confidence) ?? answer.confidence,
      });
    }
  }
  return [...weeks].sort().flatMap((week): ServerRow[] => {
    const complete = [...(answers.get(week)?.values() ?? [])].flatMap((answer) =>
      answer.methodGoing !== undefined && answer.confidence !== undefined
        ? [{ methodGoing: answer.methodGoing, confidence: answer.confidence }]
        : [],
    );
    const n = complete.length;
    const sum = (pick: (answer: (typeof complete)[number]) => number) =>
      complete.reduce((total, answer) => total + pick(answer), 0);
    const update = () =>
      n < MIN_ANSWERS
        ? ('delete' as const)
        : {
            teamId,
            week,
            answers: n,
            methodGoing: oneDecimal(sum((answer) => answer.methodGoing) / n),
            confidence: oneDecimal(sum((answer) => answer.confidence) / n),
          };
    const row = { table: 'teamCheckIns', owner: SERVER_OWNER, update } as const;
    return [
      { ...row, key: teamCheckInKey(teamId, week), scope: `team:${teamId}` },
      { ...row, key: leaderCheckInKey(teamId, week), scope: LEADER_SCOPE },
    ];
  });
}

/**
 * A tip's readers: the distinct owners of its reads, without `writer` (the tip row's owner). The
 * writer is not one of the tip's recipients, though another phone of theirs marks it read.
 */
export function tipReaders(readers: Iterable<string>, writer: string): Set<string> {
  const distinct = new Set(readers);
  distinct.delete(writer);
  return distinct;
}

/** The read-count rows of `tipIds`: in each tip's scope, or taken away with a deleted tip. */
export async function tipStatsRows(
  trx: StoreTransaction,
  tipIds: ReadonlySet<string>,
): Promise<ServerRow[]> {
  const rows: ServerRow[] = [];
  for (const tipId of [...tipIds].sort()) {
    const tip = await trx
      .selectFrom('rows')
      .select(['scope', 'owner_user_id', 'deleted'])
      .where('tbl', '=', 'tips')
      .where('key', '=', tipId)
      .executeTakeFirst();
    if (!tip) continue;
    const base = { table: 'tipStats', key: tipStatsKey(tipId), scope: tip.scope } as const;
    if (tip.deleted === 1) {
      rows.push({ ...base, owner: SERVER_OWNER, update: () => 'delete' });
      continue;
    }
    // The reads naming this tip (the id is a validated UUID, so it holds no LIKE wildcard), then
    // checked exactly once parsed.
    const reads = await trx
      .selectFrom('rows')
      .select(['owner_user_id', 'fields'])
      .where('tbl', '=', 'tipReads')
      .where('deleted', '=', 0)
      .where('fields', 'like', `%"tipId":"${tipId}"%`)
      .execute();
    const readers = tipReaders(
      reads
        .filter((read) => (JSON.parse(read.fields) as { tipId?: unknown }).tipId === tipId)
        .map((read) => read.owner_user_id),
      tip.owner_user_id,
    );
    rows.push({
      ...base,
      owner: SERVER_OWNER,
      update: () => ({ tipId, reads: readers.size }),
    });
  }
  return rows;
}
