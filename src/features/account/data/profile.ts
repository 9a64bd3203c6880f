/**
 * The device's profile row. Writes go through `mutate()`.
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { Profile, Role } from '@/db/schema';

/** The current profile, or `null` before the first-run step. */
export async function getProfile(db: SamspilDb): Promise<Profile | null> {
  const row = await db.profile.filter((p) => !p._deleted).first();
  return row ?? null;
}

/** Saves the chosen role (and name) on the existing profile, or creates one. */
export async function chooseRole(
  db: SamspilDb,
  input: {
    role: Role;
    displayName: string | undefined;
    institutionId?: string | undefined;
    teamId?: string | undefined;
  },
): Promise<Profile> {
  const existing = await getProfile(db);
  return mutate(db, {
    table: 'profile',
    op: 'put',
    ...(existing ? { key: existing.id } : {}),
    fields: {
      role: input.role,
      displayName: input.displayName ?? '',
      institutionId: input.institutionId,
      teamId: input.teamId,
    },
  });
}
