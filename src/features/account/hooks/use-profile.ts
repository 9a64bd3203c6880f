import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import type { Profile, Role } from '@/db/schema';
import { chooseRole, getProfile } from '../data/profile';

/** The profile, live: `undefined` while loading, `null` before the first-run step. */
export function useProfile(): Profile | null | undefined {
  const db = useDb();
  return useLiveQuery(() => getProfile(db), [db]);
}

/** Saves the first-run choice; resolves after it is durable. */
export function useChooseRole(): (role: Role, displayName: string | undefined) => Promise<Profile> {
  const db = useDb();
  return useCallback(
    (role: Role, displayName: string | undefined) => chooseRole(db, { role, displayName }),
    [db],
  );
}
