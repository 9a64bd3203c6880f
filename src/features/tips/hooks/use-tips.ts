import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import type { Tip } from '@/db/schema';
import { listTips, writeTip } from '../data/tips';
import type { TipInput } from '../model';

/** Tips, newest week first, live; `undefined` while loading. */
export function useTips(limit?: number): Tip[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listTips(db, limit), [db, limit]);
}

/** Saves a tip; resolves after it is durable. */
export function useWriteTip(): (input: TipInput) => Promise<Tip> {
  const db = useDb();
  return useCallback((input: TipInput) => writeTip(db, input), [db]);
}
