/** The municipality's places (institutions and teams) by id, and how names sort. */
import type { Unit } from '@/db/schema';

/** Units by id, and the one that stands for the whole municipality. */
export type UnitIndex = {
  byId: ReadonlyMap<string, Unit>;
  municipality: Unit | undefined;
};

/** Indexes the units the server sent (tombstones already left out by the reader). */
export function indexUnits(units: readonly Unit[]): UnitIndex {
  const byId = new Map<string, Unit>();
  let municipality: Unit | undefined;
  for (const unit of units) {
    byId.set(unit.id, unit);
    if (unit.kind === 'municipality') municipality = unit;
  }
  return { byId, municipality };
}

/** A unit's name, or `undefined` when the unit (or its name) is not on this device. */
export function unitName(units: UnitIndex, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const name = units.byId.get(id)?.name?.trim();
  return name ? name : undefined;
}

/** The name of a team's institution, when both are known. */
export function teamInstitutionName(units: UnitIndex, teamId: string): string | undefined {
  return unitName(units, units.byId.get(teamId)?.institutionId);
}

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/** Orders by name the Danish way (æ, ø, å last); unknown names last; then by id, so it is stable. */
export function byName<T extends { id: string; name: string | undefined }>(a: T, b: T): number {
  if (a.name !== undefined && b.name !== undefined) {
    const order = collator.compare(a.name, b.name);
    if (order !== 0) return order;
  } else if (a.name !== b.name) {
    return a.name === undefined ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** `part / whole` between 0 and 1; `undefined` when there is no whole to be part of. */
export function share(part: number, whole: number | undefined): number | undefined {
  if (whole === undefined || !(whole > 0)) return undefined;
  return Math.min(1, Math.max(0, part / whole));
}
