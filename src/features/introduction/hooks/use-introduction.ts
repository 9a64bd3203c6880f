import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import { loadIntroduction, setIntroItemDone, type Introduction } from '../data/intro-progress';

/** The checklist with progress, live; `undefined` while loading. */
export function useIntroduction(): Introduction | undefined {
  const db = useDb();
  return useLiveQuery(() => loadIntroduction(db), [db]);
}

/** Ticks or unticks an item; resolves after the change is durable. */
export function useSetIntroItemDone(): (itemId: string, done: boolean) => Promise<void> {
  const db = useDb();
  return useCallback((itemId: string, done: boolean) => setIntroItemDone(db, itemId, done), [db]);
}
