/**
 * The introduction checklist the contact person keeps, and confirming what a volunteer ticked.
 *
 * Every write goes through `mutate()`, field by field. Several writes that belong together (a
 * reorder, copying the template) run in one transaction: all of them or none.
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { IntroItem, IntroProgress } from '@/db/schema';
import { AppError } from '@/lib/errors';
import {
  missingTemplateItems,
  moveIntroItem,
  nextPosition,
  sortIntroItems,
  type IntroItemInput,
} from '../model';
import { live } from './roster';

/** The institution's checklist in order. */
export async function listIntroItems(db: SamspilDb, institutionId: string): Promise<IntroItem[]> {
  return sortIntroItems(
    live(await db.introItems.where('institutionId').equals(institutionId).toArray()),
  );
}

/** Adds an item at the end of the checklist. */
export async function addIntroItem(
  db: SamspilDb,
  institutionId: string,
  input: IntroItemInput,
  now: number = Date.now(),
): Promise<IntroItem> {
  return db.transaction('rw', [db.introItems, db.outbox, db.syncState], async () => {
    const position = nextPosition(await listIntroItems(db, institutionId));
    return mutate(
      db,
      { table: 'introItems', op: 'put', fields: { institutionId, position, ...input } },
      now,
    );
  });
}

/** Saves the changed title and/or text of an item (only those fields). */
export async function editIntroItem(
  db: SamspilDb,
  item: IntroItem,
  input: IntroItemInput,
  now: number = Date.now(),
): Promise<IntroItem> {
  const fields: Partial<IntroItemInput> = {};
  if (input.title !== item.title) fields.title = input.title;
  if (input.body !== (item.body ?? '')) fields.body = input.body;
  if (Object.keys(fields).length === 0) return item;
  return mutate(db, { table: 'introItems', op: 'put', key: item.id, fields }, now);
}

/** Moves an item one step up or down; nothing happens at either end. */
export async function moveIntroItemStep(
  db: SamspilDb,
  institutionId: string,
  itemId: string,
  direction: 'up' | 'down',
  now: number = Date.now(),
): Promise<void> {
  await db.transaction('rw', [db.introItems, db.outbox, db.syncState], async () => {
    const updates = moveIntroItem(await listIntroItems(db, institutionId), itemId, direction);
    for (const { id, position } of updates) {
      await mutate(db, { table: 'introItems', op: 'put', key: id, fields: { position } }, now);
    }
  });
}

/** Deletes an item (a tombstone, so every device drops it). */
export async function deleteIntroItem(
  db: SamspilDb,
  itemId: string,
  now: number = Date.now(),
): Promise<void> {
  await mutate(db, { table: 'introItems', op: 'delete', key: itemId }, now);
}

/** Copies the template's items that are not on the checklist yet; returns how many were added. */
export async function copyIntroTemplate(
  db: SamspilDb,
  institutionId: string,
  template: readonly { title: string; body: string }[],
  now: number = Date.now(),
): Promise<number> {
  return db.transaction('rw', [db.introItems, db.outbox, db.syncState], async () => {
    const items = await listIntroItems(db, institutionId);
    const missing = missingTemplateItems(items, template);
    let position = nextPosition(items);
    for (const entry of missing) {
      await mutate(
        db,
        {
          table: 'introItems',
          op: 'put',
          fields: { institutionId, position: position++, title: entry.title, body: entry.body },
        },
        now,
      );
    }
    return missing.length;
  });
}

/** Confirms an item the volunteer ticked: writes `confirmedAt` on their existing progress row. */
export async function confirmIntroProgress(
  db: SamspilDb,
  progressId: string,
  now: number = Date.now(),
): Promise<IntroProgress> {
  const row = await db.introProgress.get(progressId);
  if (!row || row._deleted || row.doneAt === undefined) throw new AppError('not_found');
  return mutate(
    db,
    { table: 'introProgress', op: 'put', key: progressId, fields: { confirmedAt: now } },
    now,
  );
}
