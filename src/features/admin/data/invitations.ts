/**
 * Invitation codes: an admin invites anyone anywhere; a contact person invites volunteers to
 * their own institution (the server checks both).
 */
import type { SamspilDb } from '@/db/database';
import { invitationSchema, type Invitation } from '@/protocol/admin';
import type { RoleName } from '@/protocol/auth';
import { readSession } from '@/sync/state';
import type { InvitationTerms } from '../model';
import { callAdmin, type AdminResult } from './admin-api';

/** Who a code is for: the role, and the place and team it joins. */
export type InvitationTarget = {
  role: RoleName;
  institutionId: string | null;
  teamId: string | null;
};

/** Asks the server for a new invitation code. */
export function createInvitation(
  db: SamspilDb,
  target: InvitationTarget,
  terms: InvitationTerms,
  fetchImpl: typeof fetch = fetch,
): Promise<AdminResult<Invitation>> {
  return callAdmin(
    db,
    '/v1/admin/invitations',
    { method: 'POST', body: { ...target, ...terms } },
    invitationSchema,
    fetchImpl,
  );
}

/** A code for a new volunteer at the signed-in person's own institution. */
export async function inviteVolunteer(
  db: SamspilDb,
  terms: InvitationTerms,
  fetchImpl: typeof fetch = fetch,
): Promise<AdminResult<Invitation>> {
  const session = await readSession(db);
  if (!session) return { ok: false, problem: 'signed_out' };
  const target = { role: 'volunteer' as const, institutionId: session.institutionId, teamId: null };
  return createInvitation(db, target, terms, fetchImpl);
}
