import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import type { Tip } from '@/db/schema';
import {
  allTips,
  authorship,
  getTip,
  listTips,
  markTipRead,
  readCounts,
  readTipIds,
  updateTip,
  writeTip,
} from '../data/tips';
import { joinedAt, type Authorship, type TipInput } from '../model';

/** Tips, newest week first, live; `undefined` while loading. */
export function useTips(limit?: number): Tip[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listTips(db, limit), [db, limit]);
}

/** One tip, live: `undefined` while loading, `null` when there is none. */
export function useTip(id: string | undefined): Tip | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? ((await getTip(db, id)) ?? null) : null), [db, id]);
}

/** What a reader's home needs: every tip, what they have read, when they joined, who they are. */
export type ReaderState = {
  tips: Tip[];
  readIds: Set<string>;
  joinedAt: number;
  who: Authorship;
};

/** The reader's tips and reads, live; `undefined` while loading. */
export function useReaderState(): ReaderState | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [tips, readIds, who] = await Promise.all([allTips(db), readTipIds(db), authorship(db)]);
    return { tips, readIds, joinedAt: joinedAt(who.profile), who };
  }, [db]);
}

/** Read counts by tip id, live. */
export function useReadCounts(): Map<string, number> | undefined {
  const db = useDb();
  return useLiveQuery(() => readCounts(db), [db]);
}

/** Saves a new tip; resolves after it is durable. */
export function useWriteTip(): (input: TipInput) => Promise<Tip> {
  const db = useDb();
  return useCallback((input: TipInput) => writeTip(db, input), [db]);
}

/** Saves changes to a tip; resolves after they are durable. */
export function useUpdateTip(): (id: string, input: TipInput) => Promise<Tip> {
  const db = useDb();
  return useCallback((id: string, input: TipInput) => updateTip(db, id, input), [db]);
}

/** Records that the reader opened a tip (once). */
export function useMarkRead(): (tipId: string) => Promise<boolean> {
  const db = useDb();
  return useCallback((tipId: string) => markTipRead(db, tipId), [db]);
}

/** This device's node and profile (who may edit which tip), live; `undefined` while loading. */
export function useAuthorship(): Authorship | undefined {
  const db = useDb();
  return useLiveQuery(() => authorship(db), [db]);
}
