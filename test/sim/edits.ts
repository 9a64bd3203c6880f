/**
 * The simulation's random local edits, through the app's own `mutate`: volunteers edit their
 * activities (a person's own rows), caseworkers and contact persons the team's plan (rows two
 * people change at once). Both tables merge field by field, last writer wins, tombstones win.
 */
import type { SamspilDb } from '@/db/database';
import { mutate, type FieldsOf } from '@/db/mutate';
import type { RoleName } from '@/protocol/auth';
import type { Rng } from './rng';

/** The tables the simulation edits. */
export const EDITED_TABLES = ['activities', 'planItems'] as const;

/** One of the tables the simulation edits. */
export type EditedTable = (typeof EDITED_TABLES)[number];

/** How to make a new row of a table and how to change one field or two of an existing one. */
type TableEdits<N extends EditedTable> = {
  table: N;
  create: (rng: Rng, now: number) => Partial<FieldsOf<N>>;
  change: (rng: Rng) => Partial<FieldsOf<N>>;
};

const NOTES = ['kortspil', 'gåtur', 'kaffe', 'sang', 'avis', 'bingo'];
const TITLES = ['Træning', 'Erfaringsmøde', 'Temadag', 'Opfølgning'];
const PEOPLE = ['Hanne', 'Jens', 'Mette', 'Ole'];

const novemberDay = (rng: Rng) => `2026-11-${String(rng.int(1, 28)).padStart(2, '0')}`;

const activities: TableEdits<'activities'> = {
  table: 'activities',
  create: (rng, now) => ({
    date: novemberDay(rng),
    durationMinutes: rng.pick([30, 60, 90, 120]),
    activityType: 'cards',
    note: rng.pick(NOTES),
    createdAt: now,
  }),
  change: (rng) =>
    rng.next() < 0.5 ? { note: rng.pick(NOTES) } : { durationMinutes: rng.pick([30, 45, 60, 75]) },
};

const planItems: TableEdits<'planItems'> = {
  table: 'planItems',
  create: (rng) => ({
    date: novemberDay(rng),
    title: rng.pick(TITLES),
    kind: rng.pick(['training', 'experience', 'information', 'other'] as const),
    status: 'planned',
    responsible: rng.pick(PEOPLE),
  }),
  // Two fields at once now and then: a concurrent change of one of them must not take the other.
  change: (rng) => {
    const roll = rng.next();
    if (roll < 0.35) return { status: rng.pick(['planned', 'done', 'cancelled'] as const) };
    if (roll < 0.7) return { responsible: rng.pick(PEOPLE) };
    return { title: rng.pick(TITLES), startTime: rng.pick(['09:00', '13:30', '']) };
  },
};

/** The table a person of `role` edits in the simulation. */
export function editedTableOf(role: RoleName): EditedTable {
  return role === 'volunteer' ? 'activities' : 'planItems';
}

/**
 * A random local edit of `table` on a device whose clock reads `now`: a new row, a change to a
 * row the device has (its own or, for the team's plan, another person's), or a delete. Returns
 * the key of a row it created.
 */
export async function randomEdit(
  db: SamspilDb,
  table: EditedTable,
  rng: Rng,
  now: number,
): Promise<string | undefined> {
  return table === 'activities'
    ? editWith(db, activities, rng, now)
    : editWith(db, planItems, rng, now);
}

async function editWith<N extends EditedTable>(
  db: SamspilDb,
  edits: TableEdits<N>,
  rng: Rng,
  now: number,
): Promise<string | undefined> {
  const existing = (await db.synced(edits.table).toArray()).filter((row) => !row._deleted);
  const roll = rng.next();
  if (existing.length === 0 || roll < 0.35) {
    const row = await mutate(
      db,
      { table: edits.table, op: 'put', fields: edits.create(rng, now) },
      now,
    );
    return row.id;
  }
  const key = rng.pick(existing).id;
  if (roll < 0.9) {
    await mutate(db, { table: edits.table, op: 'put', key, fields: edits.change(rng) }, now);
  } else {
    await mutate(db, { table: edits.table, op: 'delete', key }, now);
  }
  return undefined;
}
