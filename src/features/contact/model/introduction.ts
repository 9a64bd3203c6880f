/** The introduction checklist: order, progress counts and copying the template. */
import type { IntroItem, IntroProgress } from '@/db/schema';

/**
 * Introduction progress: items the volunteer ticked, items the contact confirmed, items in all, and
 * ticked items still waiting for the contact's confirmation.
 */
export type IntroCounts = { ticked: number; confirmed: number; total: number; awaiting: number };

/** Live items in checklist order: by position, ties by id (stable on every device). */
export function sortIntroItems(items: readonly IntroItem[]): IntroItem[] {
  return [...items].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
}

/** Counts a volunteer's ticked and confirmed items among the checklist's live items. */
export function introCounts(
  items: readonly IntroItem[],
  progress: readonly IntroProgress[],
): IntroCounts {
  const live = new Set(items.map((item) => item.id));
  const ticked = new Set<string>();
  const confirmed = new Set<string>();
  for (const row of progress) {
    if (!live.has(row.itemId)) continue;
    if (row.doneAt !== undefined) ticked.add(row.itemId);
    if (row.confirmedAt !== undefined) confirmed.add(row.itemId);
  }
  let awaiting = 0;
  for (const itemId of ticked) if (!confirmed.has(itemId)) awaiting++;
  return { ticked: ticked.size, confirmed: confirmed.size, total: live.size, awaiting };
}

/** Position updates that move item `id` one step `up` or `down`; empty at either end. */
export function moveIntroItem(
  items: readonly IntroItem[],
  id: string,
  direction: 'up' | 'down',
): { id: string; position: number }[] {
  const ordered = sortIntroItems(items);
  const from = ordered.findIndex((item) => item.id === id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ordered.length) return [];
  const [moved] = ordered.splice(from, 1);
  if (moved) ordered.splice(to, 0, moved);
  // Renumber 0..n-1 and write only what changed: two devices reordering at once still end with
  // one order (ties broken by id), and a later move repairs any duplicate positions.
  return ordered.flatMap((item, index) =>
    item.position === index ? [] : [{ id: item.id, position: index }],
  );
}

/** The position for a new item: after the last one. */
export function nextPosition(items: readonly IntroItem[]): number {
  return items.reduce((max, item) => Math.max(max, item.position + 1), 0);
}

/** Template items whose title is not on the checklist yet (copying twice adds nothing). */
export function missingTemplateItems<T extends { title: string }>(
  items: readonly IntroItem[],
  template: readonly T[],
): T[] {
  const titles = new Set(items.map((item) => item.title.trim().toLocaleLowerCase('da')));
  return template.filter((entry) => !titles.has(entry.title.trim().toLocaleLowerCase('da')));
}
