/**
 * Certificate status as the contact person recorded it. The volunteer only reads these rows; the
 * certificate itself is never in the app.
 */
import type { SamspilDb } from '@/db/database';
import type { Certificate } from '@/db/schema';
import { isMine, type TaskNeeds } from '../model';
import { loadVolunteerPlace, type VolunteerPlace } from './context';

/** The volunteer's place, what their task needs and the certificate rows recorded for them. */
export type CertificatesView = VolunteerPlace & { task?: TaskNeeds; certificates: Certificate[] };

/**
 * The institution (what it requires of everyone), the volunteer's roster row (what the contact
 * person marked their task needs) and the volunteer's certificate rows.
 */
export async function loadCertificates(db: SamspilDb): Promise<CertificatesView> {
  const place = await loadVolunteerPlace(db);
  const [rows, roster] = place.volunteerId
    ? await Promise.all([
        db.certificates.where('volunteerId').equals(place.volunteerId).toArray(),
        db.volunteers.get(place.volunteerId),
      ])
    : [await db.certificates.toArray(), undefined];
  const certificates = rows.filter((row) => !row._deleted && isMine(row, place.volunteerId));
  const task = roster && !roster._deleted ? roster : undefined;
  return { ...place, ...(task ? { task } : {}), certificates };
}
