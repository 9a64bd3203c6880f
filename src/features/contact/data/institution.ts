/**
 * The institution's info for volunteers, and the certificates the contact person records. Writes
 * carry only the changed fields, so two people editing different fields at once both keep theirs.
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { Certificate, Institution } from '@/db/schema';
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
