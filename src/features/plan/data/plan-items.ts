/**
 * Activity plan reads and writes. Every write goes through `mutate()`; no React here.
 */
import type { SamspilDb } from '@/db/database';
import { mutate, type FieldsOf } from '@/db/mutate';
import type { PlanItem } from '@/db/schema';

/** Live activities (any order; the model sorts). */
export async function listPlanItems(db: SamspilDb): Promise<PlanItem[]> {
  return (await db.planItems.toArray()).filter((row) => !row._deleted);
}

/** One activity; `null` when it does not exist or was deleted. */
export async function readPlanItem(db: SamspilDb, id: string): Promise<PlanItem | null> {
  const item = await db.planItems.get(id);
  return item && !item._deleted ? item : null;
}

/**
 * Saves an activity: a new one when `id` is not given. On an edit only the fields that differ
 * from the stored row are written, so an edit on one phone does not undo another phone's change
 * to a different field.
 */
export async function savePlanItem(
  db: SamspilDb,
  fields: FieldsOf<'planItems'>,
  id?: string,
  now: number = Date.now(),
): Promise<PlanItem> {
  if (!id) return mutate(db, { table: 'planItems', op: 'put', fields }, now);
  const stored = await db.planItems.get(id);
  const changed: Partial<FieldsOf<'planItems'>> = {};
  for (const [name, value] of Object.entries(fields) as [keyof FieldsOf<'planItems'>, unknown][]) {
    if (!sameValue(stored?.[name], value)) (changed as Record<string, unknown>)[name] = value;
  }
  if (stored && Object.keys(changed).length === 0) return stored;
  return mutate(db, { table: 'planItems', op: 'put', key: id, fields: changed }, now);
}

/** Unset, '' and [] all mean "nothing", so saving an untouched form writes nothing. */
function sameValue(before: unknown, after: unknown): boolean {
  const empty = (value: unknown) =>
    value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  return (empty(before) && empty(after)) || JSON.stringify(before) === JSON.stringify(after);
}

/** Changes only an activity's status (planned, done, cancelled). */
export function setPlanStatus(
  db: SamspilDb,
  id: string,
  status: PlanItem['status'],
  now: number = Date.now(),
) {
  return mutate(db, { table: 'planItems', op: 'put', key: id, fields: { status } }, now);
}

/** Deletes an activity (a tombstone). */
export function deletePlanItem(db: SamspilDb, id: string, now: number = Date.now()) {
  return mutate(db, { table: 'planItems', op: 'delete', key: id }, now);
}
