/**
 * Joining with an invitation code: the server makes this phone a device of a person with a role,
 * and the phone keeps the session and writes the profile, in one transaction.
 */
import type { SamspilDb } from '@/db/database';
import { sessionSchema } from '@/protocol/auth';
import { wireErrorSchema } from '@/protocol/errors';
import { saveSession } from '@/sync/state';
import { chooseRole } from './profile';

/** Why joining did not work, as an i18n key under `welcome.errors`. */
export type JoinProblem = 'invitation_invalid' | 'offline' | 'server';

/** Redeems `code` and signs this device in. Never throws for expected failures. */
export async function joinWithCode(
  db: SamspilDb,
  input: { code: string; displayName: string | undefined },
  fetchImpl: typeof fetch = fetch,
  now: number = Date.now(),
): Promise<{ ok: true } | { ok: false; problem: JoinProblem }> {
  let response: Response;
  try {
    response = await fetchImpl('/v1/auth/redeem', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // The first name names the phone in the admin's list of phones.
      body: JSON.stringify({
        code: input.code.trim().toUpperCase(),
        ...(input.displayName && { deviceName: input.displayName }),
      }),
      cache: 'no-store',
    });
  } catch {
    return { ok: false, problem: 'offline' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = wireErrorSchema.safeParse(body);
    const code = error.success ? error.data.error.code : undefined;
    const problem = code === 'invitation_invalid' || code === 'bad_request' ? 'invitation_invalid' : 'server';
    return { ok: false, problem };
  }
  const parsed = sessionSchema.safeParse(body);
  if (!parsed.success) return { ok: false, problem: 'server' };
  const { expiresIn, ...session } = parsed.data;
  const role = session.role;

  await db.transaction('rw', db.profile, db.outbox, db.syncState, async () => {
    await saveSession(db, { ...session, accessExpiresAt: now + expiresIn * 1000 });
    await chooseRole(db, {
      role,
      displayName: input.displayName,
      institutionId: session.institutionId ?? undefined,
      teamId: session.teamId ?? undefined,
    });
  });
  return { ok: true };
}
