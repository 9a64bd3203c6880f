import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import type { Receipt } from '@/db/schema';
import {
  answerConcern,
  decideClaim,
  getReceipt,
  loadHandling,
  type ClaimDecision,
  type ClaimRow,
  type ConcernRow,
} from '../data/handling';
import { contactInstitutionId } from '../data/roster';

/** Open claims and all concerns at the institution, live; `null` without an institution. */
export function useHandling(): { claims: ClaimRow[]; concerns: ConcernRow[] } | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const institutionId = await contactInstitutionId(db);
    return institutionId ? loadHandling(db, institutionId) : null;
  }, [db]);
}

/** A claim's receipt photo, live; `null` when there is none, `undefined` while loading. */
export function useReceipt(expenseId: string): Receipt | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getReceipt(db, expenseId)) ?? null, [db, expenseId]);
}

/** Approves, rejects or marks a claim paid; resolves after it is durable. */
export function useDecideClaim(): (expenseId: string, decision: ClaimDecision) => Promise<unknown> {
  const db = useDb();
  return useCallback(
    (expenseId: string, decision: ClaimDecision) => decideClaim(db, expenseId, decision),
    [db],
  );
}

/** Marks a concern answered; resolves after it is durable. */
export function useAnswerConcern(): (concernId: string) => Promise<unknown> {
  const db = useDb();
  return useCallback((concernId: string) => answerConcern(db, concernId), [db]);
}
