/** Each team's weekly check-in averages (the server sends only weeks with at least 3 answers). */
import type { TeamCheckIn } from '@/db/schema';
import { byName, teamInstitutionName, unitName, type UnitIndex } from './units';

/** The fewest answers a week needs before its average is shown (the server's rule, kept here too). */
export const MIN_ANSWERS = 3;

/** One week's averages (1–5). */
export type WeekAverage = {
  week: string;
  answers: number;
  methodGoing: number;
  confidence: number;
};

/** One team's weeks, oldest first. */
export type TeamWeeks = {
  id: string;
  name: string | undefined;
  institutionName: string | undefined;
  weeks: WeekAverage[];
};

/**
 * Teams with at least one week in `weeks` (ISO weeks, oldest first) and their averages. The leader's
 * copies (`_scope` `leader`) win over a team copy of the same week, should a device hold both.
 */
export function teamCheckInWeeks(
  rows: readonly TeamCheckIn[],
  units: UnitIndex,
  weeks: readonly string[],
): TeamWeeks[] {
  const wanted = new Set(weeks);
  const chosen = new Map<string, TeamCheckIn>();
  for (const row of rows) {
    if (!wanted.has(row.week) || row.answers < MIN_ANSWERS) continue;
    const key = `${row.teamId} ${row.week}`;
    const held = chosen.get(key);
    if (!held || (held._scope !== 'leader' && row._scope === 'leader')) chosen.set(key, row);
  }
  const teams = new Map<string, TeamWeeks>();
  for (const row of chosen.values()) {
    let team = teams.get(row.teamId);
    if (!team) {
      team = {
        id: row.teamId,
        name: unitName(units, row.teamId),
        institutionName: teamInstitutionName(units, row.teamId),
        weeks: [],
      };
      teams.set(row.teamId, team);
    }
    team.weeks.push({
      week: row.week,
      answers: row.answers,
      methodGoing: row.methodGoing,
      confidence: row.confidence,
    });
  }
  const result = [...teams.values()].sort(byName);
  for (const team of result) team.weeks.sort((a, b) => (a.week < b.week ? -1 : 1));
  return result;
}
