/**
 * Who is logging and where: the volunteer's profile and the institutions synced to this device.
 * Read-only here; the account feature owns the profile.
 */
import type { SamspilDb } from '@/db/database';
import type { Institution } from '@/db/schema';

/** The volunteer's name, home institution and the institutions they can log at. */
export type VolunteerContext = {
  displayName: string | undefined;
  institutionId: string | undefined;
  /** Live institutions, by name. */
  institutions: Institution[];
};

/** Reads the profile and the institutions in one go. */
export async function readVolunteerContext(db: SamspilDb): Promise<VolunteerContext> {
  const [profiles, institutions] = await Promise.all([
    db.profile.toArray(),
    db.institutions.toArray(),
  ]);
  const profile = profiles.find((row) => !row._deleted);
  return {
    displayName: profile?.displayName || undefined,
    institutionId: profile?.institutionId,
    institutions: institutions
      .filter((row) => !row._deleted)
      .sort((a, b) => a.name.localeCompare(b.name, 'da')),
  };
}
