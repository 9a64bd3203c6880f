import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import type { Activity } from '@/db/schema';
import { listActivities, logActivity, recentActivities } from '../data/activities';
import type { ActivityInput } from '../model';

/** All activities, live; `undefined` while loading. */
export function useActivities(): Activity[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listActivities(db), [db]);
}

/** The newest few activities, live; `undefined` while loading. */
export function useRecentActivities(limit: number): Activity[] | undefined {
  const db = useDb();
  return useLiveQuery(() => recentActivities(db, limit), [db, limit]);
}

/** Saves an activity; resolves after it is durable. */
export function useLogActivity(): (input: ActivityInput) => Promise<Activity> {
  const db = useDb();
  return useCallback((input: ActivityInput) => logActivity(db, input), [db]);
}
