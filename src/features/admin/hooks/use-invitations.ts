import { useCallback } from 'react';
import { useDb } from '@/db/react';
import type { Invitation } from '@/protocol/admin';
import type { AdminResult } from '../data/admin-api';
import { createInvitation, inviteVolunteer, type InvitationTarget } from '../data/invitations';
import type { InvitationTerms } from '../model';

/** Makes a code on the server; the screen shows it or the problem. */
export type CreateCode = (terms: InvitationTerms) => Promise<AdminResult<Invitation>>;

/** A contact person's invitation of a volunteer to their own institution. */
export function useInviteVolunteer(): CreateCode {
  const db = useDb();
  return useCallback((terms) => inviteVolunteer(db, terms), [db]);
}

/** An admin's invitation of anyone, to `target`. */
export function useCreateInvitation(target: InvitationTarget): CreateCode {
  const db = useDb();
  const { role, institutionId, teamId } = target;
  return useCallback(
    (terms) => createInvitation(db, { role, institutionId, teamId }, terms),
    [db, role, institutionId, teamId],
  );
}
