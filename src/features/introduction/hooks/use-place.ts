import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '@/db/react';
import { loadVolunteerPlace, type VolunteerPlace } from '../data/context';
import { loadIntroOverview, type IntroOverviewData } from '../data/overview';

/** The volunteer's institution, live; `undefined` while loading. */
export function useVolunteerPlace(): VolunteerPlace | undefined {
  const db = useDb();
  return useLiveQuery(() => loadVolunteerPlace(db), [db]);
}

/** What the home card summarises, live; `undefined` while loading. */
export function useIntroOverview(): IntroOverviewData | undefined {
  const db = useDb();
  return useLiveQuery(() => loadIntroOverview(db), [db]);
}
