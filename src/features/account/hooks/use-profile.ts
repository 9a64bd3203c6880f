import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '@/db/react';
import type { Profile } from '@/db/schema';
import { getProfile } from '../data/profile';

/** The profile, live: `undefined` while loading, `null` before the first-run step. */
export function useProfile(): Profile | null | undefined {
  const db = useDb();
  return useLiveQuery(() => getProfile(db), [db]);
}
