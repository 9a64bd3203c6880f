/**
 * Checklist rules: progress, ordering, template copies and which fields a change writes.
 *
 * The write shapes matter for sync: fields merge one by one (last writer wins per field), so a
 * tick writes only `done`, `doneBy` and `doneAt` together and a note writes only `note`. Two phones
 * that tick the same item offline then agree after sync, and a note written on one phone is never
 * undone by a tick on the other.
 */
import type { Checklist, ChecklistItem } from '@/db/schema';

/** How far a checklist has come. */
export type Progress = { done: number; total: number };

/** The fields a tick (or an untick) writes: always these three as one change. */
export type TickFields = Pick<ChecklistItem, 'done' | 'doneBy' | 'doneAt'>;

/** The most characters in one item's text or note (the wire allows 1000). */
export const ITEM_TEXT_MAX = 1000;
/** The most characters in a checklist's title. */
export const TITLE_MAX = 200;

/** Done and total among the live items. */
export function progressOf(items: readonly ChecklistItem[]): Progress {
  const live = items.filter((item) => !item._deleted);
  return { done: live.filter((item) => item.done).length, total: live.length };
}

/** Progress per checklist id, from all items of all checklists. */
export function progressByChecklist(items: readonly ChecklistItem[]): Map<string, Progress> {
  const byId = new Map<string, ChecklistItem[]>();
  for (const item of items) {
    const list = byId.get(item.checklistId) ?? [];
    list.push(item);
    byId.set(item.checklistId, list);
  }
  return new Map([...byId].map(([id, list]) => [id, progressOf(list)]));
}

/** Items in their order: by position, then by id (UUIDv7, so by creation) when positions tie. */
export function sortItems(items: readonly ChecklistItem[]): ChecklistItem[] {
  return items
    .filter((item) => !item._deleted)
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}

/** Checklists by title in Danish order. */
export function sortChecklists(lists: readonly Checklist[]): Checklist[] {
  return lists
    .filter((list) => !list._deleted)
    .sort((a, b) => a.title.localeCompare(b.title, 'da') || a.id.localeCompare(b.id));
}

/** What a tick by `name` at `now` writes; an untick says who took the tick away. */
export function tickFields(done: boolean, name: string, now: number): TickFields {
  return { done, doneBy: name, doneAt: now };
}

/** Rows for a template's items: positions 0, 1, 2 … in the template's order. */
export function itemsFromTemplate(
  checklistId: string,
  texts: readonly string[],
): Pick<ChecklistItem, 'checklistId' | 'position' | 'text' | 'done'>[] {
  return texts.map((text, position) => ({ checklistId, position, text, done: false }));
}

/** The position for a new item at the end of `items`. */
export function nextPosition(items: readonly ChecklistItem[]): number {
  return items.reduce((max, item) => (item._deleted ? max : Math.max(max, item.position + 1)), 0);
}

/**
 * New positions after moving the item at `index` one step up (-1) or down (+1).
 *
 * Returns only the items whose position changes (usually two), renumbered 0…n-1 so that old ties
 * are resolved; an impossible move returns nothing.
 */
export function moveItem(
  items: readonly ChecklistItem[],
  index: number,
  step: -1 | 1,
): { id: string; position: number }[] {
  const sorted = sortItems(items);
  const target = index + step;
  if (index < 0 || index >= sorted.length || target < 0 || target >= sorted.length) return [];
  const order = [...sorted];
  const [moved] = order.splice(index, 1);
  if (!moved) return [];
  order.splice(target, 0, moved);
  return order
    .map((item, position) => ({ id: item.id, position, before: item.position }))
    .filter((change) => change.position !== change.before)
    .map(({ id, position }) => ({ id, position }));
}
