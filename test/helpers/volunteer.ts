import type { SamspilDb } from '@/db/database';
import { mutate, type FieldsOf } from '@/db/mutate';
import { newId } from '@/lib/ids';
import { saveSession } from '@/sync/state';

/** Solhjem's contact person, for tests that need the institution's row to name one. */
export const SOLHJEM_CONTACT = { contactName: 'Hanne', contactPhone: '+45 12 34 56 78' };

/**
 * A volunteer who joined with a code: a session with the user id and a profile with the
 * institution. With `institution`, also the institution's row (named Solhjem Plejecenter unless
 * `institution.name` says otherwise), as the first sync would bring it.
 */
export async function joinAsVolunteer(
  db: SamspilDb,
  {
    displayName = 'Birthe',
    institution,
  }: { displayName?: string; institution?: Partial<FieldsOf<'institutions'>> } = {},
) {
  const volunteerId = newId();
  const institutionId = newId();
  await saveSession(db, {
    accessToken: 'access',
    refreshToken: 'refresh-token',
    deviceId: newId(),
    userId: volunteerId,
    role: 'volunteer',
    institutionId,
    teamId: null,
    accessExpiresAt: Date.now() + 60_000,
  });
  await mutate(db, {
    table: 'profile',
    op: 'put',
    fields: { role: 'volunteer', displayName, institutionId },
  });
  if (institution) {
    await mutate(db, {
      table: 'institutions',
      op: 'put',
      key: institutionId,
      fields: { name: 'Solhjem Plejecenter', ...institution },
    });
  }
  return { volunteerId, institutionId };
}
