/**
 * Reads for the leader's overview: the totals the server writes into the `leader` scope. The
 * leader never writes them, so there is nothing here but reads (tombstones left out).
 */
import type { SamspilDb } from '@/db/database';
import type {
  ChecklistProgress,
  InstitutionHours,
  TeamCheckIn,
  TipReach,
  Unit,
} from '@/db/schema';

function live<T extends { _deleted?: true }>(rows: T[]): T[] {
  return rows.filter((row) => !row._deleted);
}

/** The municipality, its institutions and teams. */
export async function listUnits(db: SamspilDb): Promise<Unit[]> {
  return live(await db.units.toArray());
}

/** Hours per institution for the months `from` to `to` (`YYYY-MM`, inclusive). */
export async function listInstitutionHours(
  db: SamspilDb,
  from: string,
  to: string,
): Promise<InstitutionHours[]> {
  return live(await db.institutionHours.where('month').between(from, to, true, true).toArray());
}

/** Every team checklist's progress. */
export async function listChecklistProgress(db: SamspilDb): Promise<ChecklistProgress[]> {
  return live(await db.checklistProgress.toArray());
}

/** Every tip's reach. */
export async function listTipReach(db: SamspilDb): Promise<TipReach[]> {
  return live(await db.tipReach.toArray());
}

/** The teams' weekly averages from ISO week `from` on (keys sort as text: `2025-W52` < `2026-W01`). */
export async function listTeamCheckIns(db: SamspilDb, from: string): Promise<TeamCheckIn[]> {
  return live(await db.teamCheckIns.where('week').aboveOrEqual(from).toArray());
}
