/**
 * The institution's info for volunteers, and the certificates the contact person records. Writes
 * carry only the changed fields, so two people editing different fields at once both keep theirs.
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { Certificate, Institution, VolunteerRosterEntry } from '@/db/schema';
import type { InstitutionInfo } from '../model';

/** Saves the changed fields of the institution's info. */
export async function updateInstitution(
  db: SamspilDb,
  institutionId: string,
  changes: Partial<InstitutionInfo>,
  now: number = Date.now(),
): Promise<Institution> {
  return mutate(db, { table: 'institutions', op: 'put', key: institutionId, fields: changes }, now);
}

/** The certificate fields the contact person records (never the certificate itself). */
export type CertificateFields = Partial<
  Pick<Certificate, 'status' | 'requestedOn' | 'decidedOn' | 'renewBy'>
>;

/** Records a new certificate for a volunteer, or saves the changed fields of an existing one. */
export async function saveCertificate(
  db: SamspilDb,
  target: { id: string } | { volunteerId: string; kind: Certificate['kind'] },
  fields: CertificateFields,
  now: number = Date.now(),
): Promise<Certificate> {
  if ('id' in target) {
    return mutate(db, { table: 'certificates', op: 'put', key: target.id, fields }, now);
  }
  return mutate(db, { table: 'certificates', op: 'put', fields: { ...target, ...fields } }, now);
}

/**
 * Marks whether one volunteer's task needs a criminal record certificate (the institution's own
 * flag asks it of every task there). Writes only that field of the roster row the server keeps.
 */
export async function markCriminalRecordForTask(
  db: SamspilDb,
  volunteerId: string,
  required: boolean,
  now: number = Date.now(),
): Promise<VolunteerRosterEntry> {
  const fields = { requiresCriminalRecord: required };
  return mutate(db, { table: 'volunteers', op: 'put', key: volunteerId, fields }, now);
}
