/** Each team's checklists and how far they are, from the server's `checklistProgress` totals. */
import type { ChecklistProgress } from '@/db/schema';
import { byName, share, teamInstitutionName, unitName, type UnitIndex } from './units';

/** One checklist's progress. */
export type ChecklistBar = {
  id: string;
  name: string;
  done: number;
  items: number;
  /** 0–1; `undefined` for a checklist without items. */
  fraction: number | undefined;
};

/** One team's checklists and their sum. */
export type TeamChecklists = {
  id: string;
  /** `undefined`: the team's unit is not on this device ("Ukendt team"). */
  name: string | undefined;
  institutionName: string | undefined;
  checklists: ChecklistBar[];
  done: number;
  items: number;
  fraction: number | undefined;
};

/** Checklists grouped by team (teams by name, checklists by title). */
export function checklistsByTeam(
  rows: readonly ChecklistProgress[],
  units: UnitIndex,
): TeamChecklists[] {
  const teams = new Map<string, TeamChecklists>();
  for (const row of rows) {
    let team = teams.get(row.teamId);
    if (!team) {
      team = {
        id: row.teamId,
        name: unitName(units, row.teamId),
        institutionName: teamInstitutionName(units, row.teamId),
        checklists: [],
        done: 0,
        items: 0,
        fraction: undefined,
      };
      teams.set(row.teamId, team);
    }
    const items = Math.max(0, row.items);
    // A count that ran ahead of its list (an item deleted after it was ticked) stops at the list.
    const done = Math.min(Math.max(0, row.done), items);
    team.checklists.push({
      id: row.checklistId,
      name: row.title,
      done,
      items,
      fraction: share(done, items),
    });
    team.done += done;
    team.items += items;
  }
  const result = [...teams.values()].sort(byName);
  for (const team of result) {
    team.checklists.sort(byName);
    team.fraction = share(team.done, team.items);
  }
  return result;
}
