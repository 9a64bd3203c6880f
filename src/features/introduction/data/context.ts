/**
 * Who and where the volunteer is: their user id (from the session) and their institution (from
 * the profile). Reads only; no React here.
 */
import type { SamspilDb } from '@/db/database';
import type { Institution } from '@/db/schema';
import { readSession } from '@/sync/state';

/** The volunteer and their institution, as far as this phone knows them. */
export type VolunteerPlace = {
  /** The signed-in person's id; unset on a phone that has not joined. */
  volunteerId?: string;
  institutionId?: string;
  /** The institution's row, once it has been pulled. */
  institution?: Institution;
};

/** Reads the volunteer's id, institution id and institution row. */
export async function loadVolunteerPlace(db: SamspilDb): Promise<VolunteerPlace> {
  const [profile, session] = await Promise.all([
    db.profile.filter((row) => !row._deleted).first(),
    readSession(db),
  ]);
  const volunteerId = session?.userId;
  const institutionId = profile?.institutionId ?? session?.institutionId ?? undefined;
  const institution = institutionId ? await db.institutions.get(institutionId) : undefined;
  return {
    ...(volunteerId ? { volunteerId } : {}),
    ...(institutionId ? { institutionId } : {}),
    ...(institution && !institution._deleted ? { institution } : {}),
  };
}
