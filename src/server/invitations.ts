/**
 * Invitation codes: short, unambiguous, typed on a phone; stored with what they grant.
 */
import { randomInt } from 'node:crypto';
import type { RoleName } from '@/protocol/auth';
import type { Store, StoreTransaction } from './store';

// No 0/O, 1/I/L: codes are read aloud and typed on phones.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A new invitation code like `K7QM-2XPD` (about 40 bits). */
export function newInvitationCode(): string {
  const pick = () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)] ?? 'A';
  const group = () => Array.from({ length: 4 }, pick).join('');
  return `${group()}-${group()}`;
}

/** The form a typed code is looked up in: upper case, the dash optional, spaces ignored. */
export function normalizeCode(code: string): string {
  const compact = code.toUpperCase().replace(/[\s-]/g, '');
  return compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : compact;
}

/** What an invitation grants. */
export type InvitationInput = {
  role: RoleName;
  institutionId: string | null;
  teamId: string | null;
  userId: string | null;
  uses: number;
  expiresAt: number;
  createdBy: string | null;
};

/** Stores a new invitation and returns its code. */
export async function createInvitation(
  db: Store['db'] | StoreTransaction,
  input: InvitationInput,
  now: number,
): Promise<string> {
  const code = newInvitationCode();
  await db
    .insertInto('invitations')
    .values({
      code,
      role: input.role,
      institution_id: input.institutionId,
      team_id: input.teamId,
      user_id: input.userId,
      uses_left: input.uses,
      expires_at: input.expiresAt,
      created_by: input.createdBy,
      created_at: now,
    })
    .execute();
  return code;
}
