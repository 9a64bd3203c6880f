import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import type { Activity } from '@/db/schema';
import {
  deleteActivity,
  getActivity,
  listActivities,
  logActivity,
  recentActivities,
  updateActivity,
} from '../data/activities';
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

/** One activity, live: `undefined` while loading, `null` when missing or deleted. */
export function useActivity(id: string): Activity | null | undefined {
  const db = useDb();
  return useLiveQuery(() => getActivity(db, id), [db, id]);
}

/** Saves an activity; resolves after it is durable. `clearTimer` forgets the stopped timer too. */
export function useLogActivity(): (
  input: ActivityInput,
  options?: { clearTimer?: boolean },
) => Promise<Activity> {
  const db = useDb();
  return useCallback(
    (input: ActivityInput, options?: { clearTimer?: boolean }) =>
      logActivity(db, input, Date.now(), options),
    [db],
  );
}

/** Saves an edit of `before`; resolves after it is durable. */
export function useUpdateActivity(): (before: Activity, after: ActivityInput) => Promise<Activity> {
  const db = useDb();
  return useCallback(
    (before: Activity, after: ActivityInput) => updateActivity(db, before, after),
    [db],
  );
}

/** Deletes an activity (a tombstone); resolves after it is durable. */
export function useDeleteActivity(): (id: string) => Promise<unknown> {
  const db = useDb();
  return useCallback((id: string) => deleteActivity(db, id), [db]);
}

/** Reads every activity once, newest first (for the CSV export, at the moment it is asked for). */
export function useReadAllActivities(): () => Promise<Activity[]> {
  const db = useDb();
  return useCallback(() => listActivities(db), [db]);
}
