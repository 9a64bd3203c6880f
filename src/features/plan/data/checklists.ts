/**
 * Checklist reads and writes. Every write goes through `mutate()`; no React here.
 *
 * Each change writes only the fields it changes (see model/checklist.ts): a tick writes `done`,
 * `doneBy` and `doneAt`; a note writes `note`; a move writes `position`. Never the whole row.
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { Checklist, ChecklistItem } from '@/db/schema';
import { newId } from '@/lib/ids';
import { itemsFromTemplate, nextPosition, sortItems, tickFields, type moveItem } from '../model';

/** Live checklists (any order; the model sorts). */
export async function listChecklists(db: SamspilDb): Promise<Checklist[]> {
  return (await db.checklists.toArray()).filter((row) => !row._deleted);
}

/** Every live item of every checklist (for progress on the list screen). */
export async function listAllItems(db: SamspilDb): Promise<ChecklistItem[]> {
  return (await db.checklistItems.toArray()).filter((row) => !row._deleted);
}

/** One checklist and its items in order; `null` when it does not exist (or was deleted). */
export async function readChecklist(
  db: SamspilDb,
  id: string,
): Promise<{ checklist: Checklist; items: ChecklistItem[] } | null> {
  const checklist = await db.checklists.get(id);
  if (!checklist || checklist._deleted) return null;
  const items = await db.checklistItems.where('checklistId').equals(id).toArray();
  return { checklist, items: sortItems(items) };
}

function writeTables(db: SamspilDb) {
  return [db.checklists, db.checklistItems, db.outbox, db.syncState];
}

/**
 * Creates a checklist with its items in one transaction: all rows and their outbox entries exist,
 * or none do. `template` is the template's key, or '' for a custom list.
 */
export async function createChecklist(
  db: SamspilDb,
  input: { title: string; template: string; teamId?: string; items: readonly string[] },
  now: number = Date.now(),
): Promise<Checklist> {
  const id = newId();
  return db.transaction('rw', writeTables(db), async () => {
    const checklist = await mutate(
      db,
      {
        table: 'checklists',
        op: 'put',
        key: id,
        fields: { title: input.title, template: input.template, teamId: input.teamId },
      },
      now,
    );
    for (const fields of itemsFromTemplate(id, input.items)) {
      await mutate(db, { table: 'checklistItems', op: 'put', fields }, now);
    }
    return checklist;
  });
}

/** Ticks or unticks an item: `done`, `doneBy` and `doneAt` as one change, nothing else. */
export function tickItem(
  db: SamspilDb,
  itemId: string,
  done: boolean,
  name: string,
  now: number = Date.now(),
) {
  return mutate(
    db,
    { table: 'checklistItems', op: 'put', key: itemId, fields: tickFields(done, name, now) },
    now,
  );
}

/** Writes an item's note, and only the note. */
export function writeNote(db: SamspilDb, itemId: string, note: string, now: number = Date.now()) {
  return mutate(db, { table: 'checklistItems', op: 'put', key: itemId, fields: { note } }, now);
}

/** Changes an item's text, and only the text. */
export function writeItemText(
  db: SamspilDb,
  itemId: string,
  text: string,
  now: number = Date.now(),
) {
  return mutate(db, { table: 'checklistItems', op: 'put', key: itemId, fields: { text } }, now);
}

/** Renames a checklist. */
export function renameChecklist(db: SamspilDb, id: string, title: string, now = Date.now()) {
  return mutate(db, { table: 'checklists', op: 'put', key: id, fields: { title } }, now);
}

/** Adds an item at the end of a checklist. */
export async function addItem(
  db: SamspilDb,
  checklistId: string,
  text: string,
  now: number = Date.now(),
): Promise<ChecklistItem> {
  return db.transaction('rw', writeTables(db), async () => {
    const items = await db.checklistItems.where('checklistId').equals(checklistId).toArray();
    return mutate(
      db,
      {
        table: 'checklistItems',
        op: 'put',
        fields: { checklistId, position: nextPosition(items), text, done: false },
      },
      now,
    );
  });
}

/** Stores new positions (from `moveItem`) in one transaction. */
export async function savePositions(
  db: SamspilDb,
  changes: ReturnType<typeof moveItem>,
  now: number = Date.now(),
): Promise<void> {
  await db.transaction('rw', writeTables(db), async () => {
    for (const { id, position } of changes) {
      await mutate(db, { table: 'checklistItems', op: 'put', key: id, fields: { position } }, now);
    }
  });
}

/** Deletes one item (a tombstone). */
export function deleteItem(db: SamspilDb, itemId: string, now: number = Date.now()) {
  return mutate(db, { table: 'checklistItems', op: 'delete', key: itemId }, now);
}

/** Deletes a checklist and its items in one transaction. */
export async function deleteChecklist(
  db: SamspilDb,
  id: string,
  now: number = Date.now(),
): Promise<void> {
  await db.transaction('rw', writeTables(db), async () => {
    const items = await db.checklistItems.where('checklistId').equals(id).toArray();
    for (const item of items) {
      if (!item._deleted) await mutate(db, { table: 'checklistItems', op: 'delete', key: item.id }, now);
    }
    await mutate(db, { table: 'checklists', op: 'delete', key: id }, now);
  });
}
