/**
 * Administration's rules: what an invitation's terms may be (the server's limits, checked first
 * on the phone so the person hears it in Danish before anything is sent), what each role's code
 * must name, and the order of the phone list.
 */

/** How many times a code works and for how many days. */
export type InvitationTerms = { uses: number; expiresInDays: number };

/** The limits the server accepts (src/protocol/admin.ts). */
export const TERM_LIMITS = { uses: { min: 1, max: 1000 }, days: { min: 1, max: 365 } } as const;

/** A new code works once, for two weeks, unless the person says otherwise. */
export const DEFAULT_TERMS: TermsInput = { uses: '1', days: '14' };

/** The terms as typed. */
export type TermsInput = { uses: string; days: string };

/** Which typed terms are out of bounds. */
export type TermsErrors = { uses?: true; days?: true };

function wholeNumberWithin(text: string, limits: { min: number; max: number }): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= limits.min && value <= limits.max ? value : undefined;
}

/** The terms, or which of them are wrong. */
export function parseTerms(
  input: TermsInput,
): { ok: true; terms: InvitationTerms } | { ok: false; errors: TermsErrors } {
  const uses = wholeNumberWithin(input.uses, TERM_LIMITS.uses);
  const expiresInDays = wholeNumberWithin(input.days, TERM_LIMITS.days);
  if (uses !== undefined && expiresInDays !== undefined) {
    return { ok: true, terms: { uses, expiresInDays } };
  }
  return {
    ok: false,
    errors: {
      ...(uses === undefined && { uses: true }),
      ...(expiresInDays === undefined && { days: true }),
    },
  };
}

/**
 * The phone list's order: this phone first, then phones in use before revoked ones, each most
 * recently seen first.
 */
export function sortDevices<T extends { id: string; lastSeenAt: number; revokedAt: number | null }>(
  devices: readonly T[],
  thisDeviceId: string | undefined,
): T[] {
  const rank = (device: T) => (device.id === thisDeviceId ? 0 : device.revokedAt === null ? 1 : 2);
  return [...devices].sort((a, b) => rank(a) - rank(b) || b.lastSeenAt - a.lastSeenAt);
}

/** The roles an admin's code can be for, in the order the form offers them. */
export const INVITABLE_ROLES = ['volunteer', 'contact', 'caseworker', 'leader', 'admin'] as const;

/** What a role's code must name: volunteers and contact persons a place; caseworkers a team. */
export function targetNeeds(role: (typeof INVITABLE_ROLES)[number]): 'place' | 'team' | 'nothing' {
  if (role === 'volunteer' || role === 'contact') return 'place';
  if (role === 'caseworker') return 'team';
  return 'nothing';
}
