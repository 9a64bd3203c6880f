import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '@/db/react';
import { readPlanContext, type PlanContext } from '../data/context';

export type { PlanContext } from '../data/context';

/** The signed-in person's name, role and team, live; `undefined` while loading. */
export function usePlanContext(): PlanContext | undefined {
  const db = useDb();
  return useLiveQuery(() => readPlanContext(db), [db]);
}
