import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '@/db/react';
import type { Institution } from '@/db/schema';
import { contactInstitutionId, loadOverview } from '../data/roster';
import { summarizeVolunteers, type VolunteerSummary } from '../model';

/** The overview: `undefined` while loading, `null` when the profile names no institution. */
export type Overview = { institution?: Institution; summaries: VolunteerSummary[] };

/** One summary per volunteer at the contact person's institution, live. */
export function useOverview(): Overview | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const institutionId = await contactInstitutionId(db);
    if (!institutionId) return null;
    const now = new Date();
    const input = await loadOverview(db, institutionId, now);
    return {
      ...(input.institution ? { institution: input.institution } : {}),
      summaries: summarizeVolunteers(input, now),
    };
  }, [db]);
}
