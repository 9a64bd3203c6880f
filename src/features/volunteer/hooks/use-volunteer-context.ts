import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '@/db/react';
import { readVolunteerContext, type VolunteerContext } from '../data/context';

export type { VolunteerContext } from '../data/context';

/** The volunteer's name, institution and the institutions synced here, live. */
export function useVolunteerContext(): VolunteerContext | undefined {
  const db = useDb();
  return useLiveQuery(() => readVolunteerContext(db), [db]);
}
