/** How far each tip reached, from the server's `tipReach` counts and the units' sizes. */
import type { TipReach } from '@/db/schema';
import { share, unitName, type UnitIndex } from './units';

/** Who a tip was sent to. */
export type Audience = TipReach['audience'];

/** One tip's reads against the people it was sent to. */
export type TipRate = {
  id: string;
  title: string;
  week: string;
  audience: Audience;
  /** The team's or institution's name (`undefined`: everyone, or a unit not on this device). */
  unitName: string | undefined;
  reads: number;
  /** Who the tip was sent to: the unit's members except its writer; `undefined` when unknown. */
  members: number | undefined;
  /** reads / members, at most 1; `undefined` without members. */
  rate: number | undefined;
};

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/** A tip's recipients: the unit's `members`, less the writer when they are one of them. */
function recipients(members: number | undefined, authorIsMember: boolean): number | undefined {
  if (members === undefined || !authorIsMember) return members;
  return Math.max(0, members - 1);
}

/** Tips newest week first (then by title), each with its read rate. */
export function tipRates(rows: readonly TipReach[], units: UnitIndex): TipRate[] {
  return rows
    .map((row): TipRate => {
      const unit =
        row.audience === 'everyone'
          ? units.municipality
          : row.unitId === undefined
            ? undefined
            : units.byId.get(row.unitId);
      const members = recipients(unit?.members, row.authorIsMember === true);
      const reads = Math.max(0, row.reads);
      return {
        id: row.tipId,
        title: row.title,
        week: row.week,
        audience: row.audience,
        unitName: row.audience === 'everyone' ? undefined : unitName(units, row.unitId),
        reads,
        members,
        rate: share(reads, members),
      };
    })
    .sort(
      (a, b) =>
        (a.week < b.week ? 1 : a.week > b.week ? -1 : 0) ||
        collator.compare(a.title, b.title) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}
