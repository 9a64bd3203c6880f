import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDb } from '@/db/react';
import type { Checklist, ChecklistItem } from '@/db/schema';
import {
  addItem,
  createChecklist,
  deleteChecklist,
  deleteItem,
  listAllItems,
  listChecklists,
  readChecklist,
  renameChecklist,
  savePositions,
  tickItem,
  writeItemText,
  writeNote,
} from '../data/checklists';
import { progressByChecklist, sortChecklists, type Progress } from '../model';

/** Checklists by title with their progress, live; `undefined` while loading. */
export function useChecklists(): { checklist: Checklist; progress: Progress }[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [lists, items] = await Promise.all([listChecklists(db), listAllItems(db)]);
    const progress = progressByChecklist(items);
    return sortChecklists(lists).map((checklist) => ({
      checklist,
      progress: progress.get(checklist.id) ?? { done: 0, total: 0 },
    }));
  }, [db]);
}

/** One checklist and its items in order, live; `null` when gone, `undefined` while loading. */
export function useChecklist(
  id: string,
): { checklist: Checklist; items: ChecklistItem[] } | null | undefined {
  const db = useDb();
  return useLiveQuery(() => readChecklist(db, id), [db, id]);
}

/** Checklist writes bound to the current database; each resolves once durable. */
export function useChecklistActions() {
  const db = useDb();
  return useMemo(
    () => ({
      create: (input: Parameters<typeof createChecklist>[1]) => createChecklist(db, input),
      rename: (id: string, title: string) => renameChecklist(db, id, title),
      remove: (id: string) => deleteChecklist(db, id),
      tick: (itemId: string, done: boolean, name: string) => tickItem(db, itemId, done, name),
      note: (itemId: string, note: string) => writeNote(db, itemId, note),
      editText: (itemId: string, text: string) => writeItemText(db, itemId, text),
      addItem: (checklistId: string, text: string) => addItem(db, checklistId, text),
      removeItem: (itemId: string) => deleteItem(db, itemId),
      savePositions: (changes: Parameters<typeof savePositions>[1]) => savePositions(db, changes),
    }),
    [db],
  );
}
