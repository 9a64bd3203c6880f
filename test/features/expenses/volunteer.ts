import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import { newId } from '@/lib/ids';
import { saveSession } from '@/sync/state';

/** A volunteer who joined with a code: a session with the user id, a profile with the institution. */
export async function joinAsVolunteer(db: SamspilDb) {
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
    fields: { role: 'volunteer', displayName: 'Omar', institutionId },
  });
  return { volunteerId, institutionId };
}
