/** Volunteers' hours per institution and month, from the server's `institutionHours` totals. */
import type { InstitutionHours } from '@/db/schema';
import { byName, unitName, type UnitIndex } from './units';

/** One institution's figures in one month. */
export type MonthFigures = {
  month: string;
  minutes: number;
  /** Activities logged. */
  entries: number;
  /** Volunteers with at least one activity that month. */
  volunteers: number;
};

/** One institution over the period. */
export type InstitutionTotals = {
  id: string;
  /** `undefined`: the institution's unit is not on this device ("Ukendt sted"). */
  name: string | undefined;
  minutes: number;
  entries: number;
  /**
   * The most volunteers active in one month. A person active in several months would be counted
   * once per month in a sum, so the period shows the busiest month instead.
   */
  peakVolunteers: number;
  /** Every month of the period, oldest first, zeros included. */
  months: MonthFigures[];
};

/** The hours overview for a run of months. */
export type HoursOverview = {
  months: readonly string[];
  /** Every institution known as a unit or with hours, by name. */
  institutions: InstitutionTotals[];
  /** All institutions together, per month (oldest first). */
  monthMinutes: number[];
  minutes: number;
  entries: number;
};

function emptyMonths(months: readonly string[]): MonthFigures[] {
  return months.map((month) => ({ month, minutes: 0, entries: 0, volunteers: 0 }));
}

/**
 * Totals per institution and month for `months` (consecutive `YYYY-MM`, oldest first). Rows outside
 * the months are ignored; institutions without hours are listed with zeros, so a quiet place shows.
 */
export function hoursOverview(
  rows: readonly InstitutionHours[],
  units: UnitIndex,
  months: readonly string[],
): HoursOverview {
  const position = new Map(months.map((month, index) => [month, index]));
  const byInstitution = new Map<string, InstitutionTotals>();
  const totalsFor = (id: string): InstitutionTotals => {
    let totals = byInstitution.get(id);
    if (!totals) {
      totals = {
        id,
        name: unitName(units, id),
        minutes: 0,
        entries: 0,
        peakVolunteers: 0,
        months: emptyMonths(months),
      };
      byInstitution.set(id, totals);
    }
    return totals;
  };
  for (const unit of units.byId.values()) if (unit.kind === 'institution') totalsFor(unit.id);

  const monthMinutes = months.map(() => 0);
  for (const row of rows) {
    const index = position.get(row.month);
    if (index === undefined) continue;
    const totals = totalsFor(row.institutionId);
    const figures = totals.months[index];
    if (!figures) continue;
    // One row per institution and month is the contract; adding keeps a stray second one visible.
    figures.minutes += row.minutes;
    figures.entries += row.entries;
    figures.volunteers += row.volunteers;
    totals.minutes += row.minutes;
    totals.entries += row.entries;
    totals.peakVolunteers = Math.max(totals.peakVolunteers, figures.volunteers);
    monthMinutes[index] = (monthMinutes[index] ?? 0) + row.minutes;
  }
  const institutions = [...byInstitution.values()].sort(byName);
  return {
    months,
    institutions,
    monthMinutes,
    minutes: institutions.reduce((sum, row) => sum + row.minutes, 0),
    entries: institutions.reduce((sum, row) => sum + row.entries, 0),
  };
}

/** Minutes per month for one institution, or for all when `institutionId` is empty. */
export function minutesPerMonth(overview: HoursOverview, institutionId: string): number[] {
  if (!institutionId) return overview.monthMinutes;
  const institution = overview.institutions.find((row) => row.id === institutionId);
  return institution
    ? institution.months.map((figures) => figures.minutes)
    : overview.months.map(() => 0);
}

/** True when nothing was logged anywhere in the period. */
export function hasHours(overview: HoursOverview): boolean {
  return overview.minutes > 0 || overview.entries > 0;
}
