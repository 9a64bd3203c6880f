/**
 * The overview's live reads, one per section: each table is read once per change and the totals
 * are computed by the pure functions in model/ (`undefined` while loading).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDb } from '@/db/react';
import {
  listChecklistProgress,
  listInstitutionHours,
  listTeamCheckIns,
  listTipReach,
  listUnits,
} from '../data/overview';
import {
  checklistsByTeam,
  hoursOverview,
  indexUnits,
  teamCheckInWeeks,
  tipRates,
  type HoursOverview,
  type TeamChecklists,
  type TeamWeeks,
  type TipRate,
  type UnitIndex,
} from '../model';

/** The municipality's institutions and teams by id. */
export function useUnits(): UnitIndex | undefined {
  const db = useDb();
  const rows = useLiveQuery(() => listUnits(db), [db]);
  return useMemo(() => (rows ? indexUnits(rows) : undefined), [rows]);
}

/** Hours per institution for `months` (consecutive `YYYY-MM`, oldest first). */
export function useHoursOverview(
  units: UnitIndex,
  months: readonly string[],
): HoursOverview | undefined {
  const db = useDb();
  const from = months[0] ?? '';
  const to = months.at(-1) ?? '';
  const rows = useLiveQuery(() => listInstitutionHours(db, from, to), [db, from, to]);
  return useMemo(
    () => (rows ? hoursOverview(rows, units, months) : undefined),
    [rows, units, months],
  );
}

/** Each team's checklists. */
export function useTeamChecklists(units: UnitIndex): TeamChecklists[] | undefined {
  const db = useDb();
  const rows = useLiveQuery(() => listChecklistProgress(db), [db]);
  return useMemo(() => (rows ? checklistsByTeam(rows, units) : undefined), [rows, units]);
}

/** Every tip with its read rate, newest first. */
export function useTipRates(units: UnitIndex): TipRate[] | undefined {
  const db = useDb();
  const rows = useLiveQuery(() => listTipReach(db), [db]);
  return useMemo(() => (rows ? tipRates(rows, units) : undefined), [rows, units]);
}

/** Each team's weekly averages in `weeks` (ISO weeks, oldest first). */
export function useTeamCheckInWeeks(
  units: UnitIndex,
  weeks: readonly string[],
): TeamWeeks[] | undefined {
  const db = useDb();
  const from = weeks[0] ?? '';
  const rows = useLiveQuery(() => listTeamCheckIns(db, from), [db, from]);
  return useMemo(
    () => (rows ? teamCheckInWeeks(rows, units, weeks) : undefined),
    [rows, units, weeks],
  );
}
