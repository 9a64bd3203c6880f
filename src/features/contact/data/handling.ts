/**
 * What waits for the contact person across all volunteers: expense claims and concerns, and the
 * writes that settle them. Every write goes through `mutate()` and touches only the fields the
 * contact person owns (status, rejectReason, decidedAt; status, answeredAt).
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { Concern, Expense, Receipt } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { compareClaims, compareConcerns, isOpenClaim } from '../model';
import { listRoster, live } from './roster';

/** How many answered concerns stay on the list. */
export const ANSWERED_SHOWN = 10;

/** An expense claim with its volunteer's name from the roster. */
export type ClaimRow = { expense: Expense; volunteerName?: string };

/** A concern with its volunteer's name from the roster. */
export type ConcernRow = { concern: Concern; volunteerName?: string };

/** Open claims (submitted first) and concerns (every new one, then the latest answered). */
export async function loadHandling(
  db: SamspilDb,
  institutionId: string,
): Promise<{ claims: ClaimRow[]; concerns: ConcernRow[] }> {
  const [roster, expenses, concerns] = await Promise.all([
    listRoster(db, institutionId),
    // One bulk read: a claim the contact person has not touched may carry no status, so the
    // status index would miss it. Receipts are separate rows, so claims stay light.
    db.expenses.toArray(),
    db.concerns.where('institutionId').equals(institutionId).toArray(),
  ]);
  const names = new Map(roster.map((volunteer) => [volunteer.id, volunteer.displayName]));
  const named = (volunteerId: string | undefined) => {
    const name = volunteerId === undefined ? undefined : names.get(volunteerId);
    return name ? { volunteerName: name } : {};
  };
  const claims = live(expenses)
    .filter((row) => row.volunteerId !== undefined && names.has(row.volunteerId))
    .filter(isOpenClaim)
    .sort(compareClaims)
    .map((expense) => ({ expense, ...named(expense.volunteerId) }));
  const sorted = live(concerns).sort(compareConcerns);
  return {
    claims,
    // Every new concern; of the answered ones only the latest, so the list does not grow forever.
    concerns: [
      ...sorted.filter((row) => row.status !== 'answered'),
      ...sorted.filter((row) => row.status === 'answered').slice(0, ANSWERED_SHOWN),
    ]
      .map((concern) => ({ concern, ...named(concern.volunteerId) })),
  };
}

/** The receipt photo of a claim, if the volunteer added one. */
export async function getReceipt(db: SamspilDb, expenseId: string): Promise<Receipt | undefined> {
  const rows = await db.receipts.where('expenseId').equals(expenseId).toArray();
  return live(rows)[0];
}

/** The contact person's decision on a claim. */
export type ClaimDecision =
  | { status: 'approved' }
  | { status: 'rejected'; reason: string }
  | { status: 'paid' };

function assertLive(row: { _deleted?: true } | undefined): void {
  if (!row || row._deleted) throw new AppError('not_found');
}

/** Approves, rejects (with a reason) or marks a claim paid. */
export async function decideClaim(
  db: SamspilDb,
  expenseId: string,
  decision: ClaimDecision,
  now: number = Date.now(),
): Promise<Expense> {
  assertLive(await db.expenses.get(expenseId));
  const fields =
    decision.status === 'rejected'
      ? { status: decision.status, rejectReason: decision.reason, decidedAt: now }
      : { status: decision.status, decidedAt: now };
  return mutate(db, { table: 'expenses', op: 'put', key: expenseId, fields }, now);
}

/** Marks a concern answered: the contact person has talked with the volunteer. */
export async function answerConcern(
  db: SamspilDb,
  concernId: string,
  now: number = Date.now(),
): Promise<Concern> {
  assertLive(await db.concerns.get(concernId));
  return mutate(
    db,
    {
      table: 'concerns',
      op: 'put',
      key: concernId,
      fields: { status: 'answered', answeredAt: now },
    },
    now,
  );
}
