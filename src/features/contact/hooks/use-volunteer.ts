import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import type { Certificate } from '@/db/schema';
import {
  markCriminalRecordForTask,
  saveCertificate,
  type CertificateFields,
} from '../data/institution';
import { confirmIntroProgress } from '../data/introduction';
import { contactInstitutionId } from '../data/roster';
import { loadVolunteer, type VolunteerDetail } from '../data/volunteer';

/**
 * One volunteer's page, live: `undefined` while loading, `null` when they are not a volunteer at
 * the contact person's institution.
 */
export function useVolunteer(volunteerId: string): VolunteerDetail | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const institutionId = await contactInstitutionId(db);
    if (!institutionId) return null;
    return loadVolunteer(db, institutionId, volunteerId);
  }, [db, volunteerId]);
}

/** Confirms a ticked introduction item; resolves after it is durable. */
export function useConfirmIntro(): (progressId: string) => Promise<unknown> {
  const db = useDb();
  return useCallback((progressId: string) => confirmIntroProgress(db, progressId), [db]);
}

/** Records or updates a certificate; resolves after it is durable. */
export function useSaveCertificate(): (
  target: { id: string } | { volunteerId: string; kind: Certificate['kind'] },
  fields: CertificateFields,
) => Promise<unknown> {
  const db = useDb();
  return useCallback((target, fields) => saveCertificate(db, target, fields), [db]);
}

/** Marks whether a volunteer's task needs a criminal record certificate; resolves when durable. */
export function useMarkCriminalRecordForTask(): (
  volunteerId: string,
  required: boolean,
) => Promise<unknown> {
  const db = useDb();
  return useCallback(
    (volunteerId, required) => markCriminalRecordForTask(db, volunteerId, required),
    [db],
  );
}
