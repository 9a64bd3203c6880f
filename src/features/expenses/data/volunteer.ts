/**
 * Who is claiming: the volunteer's id (from the session the server issued) and institution (from
 * the profile). Either may be missing on a phone that has not joined; the claim is then local.
 */
import type { SamspilDb } from '@/db/database';
import { readSession } from '@/sync/state';

/** The signed-in volunteer's ids, as far as this phone knows them. */
export type VolunteerIds = { volunteerId?: string; institutionId?: string };

/** Reads the volunteer's ids; call inside or outside a transaction over `profile` and `syncState`. */
export async function readVolunteerIds(db: SamspilDb): Promise<VolunteerIds> {
  const profile = await db.profile.filter((row) => !row._deleted).first();
  const session = await readSession(db);
  const ids: VolunteerIds = {};
  if (session?.userId) ids.volunteerId = session.userId;
  const institutionId = profile?.institutionId ?? session?.institutionId ?? undefined;
  if (institutionId) ids.institutionId = institutionId;
  return ids;
}
