/**
 * Certificate status as the contact person recorded it. The volunteer only reads these rows; the
 * certificate itself is never in the app.
 */
import type { SamspilDb } from '@/db/database';
import type { Certificate } from '@/db/schema';
import { isMine } from '../model';
import { loadVolunteerPlace, type VolunteerPlace } from './context';

/** The volunteer's place and the certificate rows recorded for them. */
export type CertificatesView = VolunteerPlace & { certificates: Certificate[] };

/** The institution (what it requires) and the volunteer's certificate rows. */
export async function loadCertificates(db: SamspilDb): Promise<CertificatesView> {
  const place = await loadVolunteerPlace(db);
  const rows = place.volunteerId
    ? await db.certificates.where('volunteerId').equals(place.volunteerId).toArray()
    : await db.certificates.toArray();
  const certificates = rows.filter((row) => !row._deleted && isMine(row, place.volunteerId));
  return { ...place, certificates };
}
