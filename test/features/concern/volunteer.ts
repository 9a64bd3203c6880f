import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import { newId } from '@/lib/ids';
import { saveSession } from '@/sync/state';

/**
 * A volunteer who joined Solhjem with a code: a session with the user id, a profile with the
 * institution, and the institution's row with its contact person.
 */
export async function joinSolhjem(
  db: SamspilDb,
  contact: { contactName?: string; contactPhone?: string } = {
    contactName: 'Hanne',
    contactPhone: '+45 12 34 56 78',
  },
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
    fields: { role: 'volunteer', displayName: 'Birthe', institutionId },
  });
  await mutate(db, {
    table: 'institutions',
    op: 'put',
    key: institutionId,
    fields: { name: 'Solhjem Plejecenter', ...contact },
  });
  return { volunteerId, institutionId };
}
