import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import type { SharedEntry } from '@/db/schema';
import { currentProfile } from '../data/tips';
import { answerQuestion, getSharedEntry, listSharedEntries } from '../data/shared-entries';
import { periodBounds, type Period } from '../model';

/** Shared entries in `period`, live; `undefined` while loading. */
export function useSharedEntries(period: Period): SharedEntry[] | undefined {
  const db = useDb();
  return useLiveQuery(() => {
    const { start, end } = periodBounds(period);
    return listSharedEntries(db, start, end);
  }, [db, period.from, period.to]);
}

/** One shared entry (to make a tip of it): `undefined` while loading, `null` when none. */
export function useSharedEntry(id: string | undefined): SharedEntry | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? ((await getSharedEntry(db, id)) ?? null) : null), [db, id]);
}

/** Answers a question in the contact person's name; resolves after it is durable. */
export function useAnswerQuestion(): (id: string, answer: string) => Promise<SharedEntry> {
  const db = useDb();
  return useCallback(
    async (id: string, answer: string) => {
      const profile = await currentProfile(db);
      return answerQuestion(db, id, { answer, answeredBy: profile?.displayName ?? '' });
    },
    [db],
  );
}
