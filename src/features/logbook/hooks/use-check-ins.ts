import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import type { CheckIn, TeamCheckIn } from '@/db/schema';
import { answerCheckIn, listCheckIns, listTeamCheckIns } from '../data/check-ins';

/** The caseworker's check-ins, oldest week first, live. */
export function useCheckIns(): CheckIn[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listCheckIns(db), [db]);
}

/** The team's weekly averages, oldest first, live. */
export function useTeamCheckIns(): TeamCheckIn[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listTeamCheckIns(db), [db]);
}

/** Saves one answer for a week; resolves after it is durable. */
export function useAnswerCheckIn(): (
  week: string,
  answer: Partial<Pick<CheckIn, 'methodGoing' | 'confidence'>>,
) => Promise<CheckIn> {
  const db = useDb();
  return useCallback((week, answer) => answerCheckIn(db, week, answer), [db]);
}
