/** Expense claims and concerns: what is open, in which order, and rejecting with a reason. */
import type { Concern, Expense } from '@/db/schema';
import { looksLikeCpr } from '@/protocol/cpr';

/** A claim's status; a claim the contact has not touched is `submitted`. */
export function claimStatus(expense: Expense): NonNullable<Expense['status']> {
  return expense.status ?? 'submitted';
}

/** True while the contact person still has something to do: approve, reject or pay. */
export function isOpenClaim(expense: Expense): boolean {
  const status = claimStatus(expense);
  return status === 'submitted' || status === 'approved';
}

const CLAIM_ORDER = { submitted: 0, approved: 1, rejected: 2, paid: 2 } as const;

/**
 * Claims to handle first: submitted, then approved (to pay), each oldest first; then the decided
 * ones, newest decision first.
 */
export function compareClaims(a: Expense, b: Expense): number {
  const group = CLAIM_ORDER[claimStatus(a)] - CLAIM_ORDER[claimStatus(b)];
  if (group !== 0) return group;
  if (CLAIM_ORDER[claimStatus(a)] === 2) return (b.decidedAt ?? 0) - (a.decidedAt ?? 0);
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);
}

/** Concerns: new ones first, oldest waiting first; answered ones after, newest first. */
export function compareConcerns(a: Concern, b: Concern): number {
  const aNew = a.status !== 'answered';
  const bNew = b.status !== 'answered';
  if (aNew !== bNew) return aNew ? -1 : 1;
  return aNew ? a.createdAt - b.createdAt : b.createdAt - a.createdAt;
}

/** The reason for a rejection, trimmed; an i18n key under `contact.claims.` when unusable. */
export function validateRejectReason(
  reason: string,
): { ok: true; value: string } | { ok: false; error: 'reasonRequired' | 'cpr' } {
  const value = reason.trim().slice(0, 500);
  if (!value) return { ok: false, error: 'reasonRequired' };
  if (looksLikeCpr(value)) return { ok: false, error: 'cpr' };
  return { ok: true, value };
}
