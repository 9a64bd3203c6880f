import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import type { Expense, Receipt } from '@/db/schema';
import {
  deleteExpense,
  getExpense,
  listExpenses,
  receiptForExpense,
  saveExpense,
  type ReceiptChange,
} from '../data/expenses';
import type { ExpenseFields } from '../model';

/** All claims, live; `undefined` while loading. */
export function useExpenses(): Expense[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listExpenses(db), [db]);
}

/** One claim, live: `undefined` while loading, `null` when it does not exist. */
export function useExpense(id: string | undefined): Expense | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? getExpense(db, id) : null), [db, id]);
}

/** A claim's receipt, live: `undefined` while loading, `null` when there is none. */
export function useReceipt(expenseId: string | undefined): Receipt | null | undefined {
  const db = useDb();
  return useLiveQuery(
    async () => (expenseId ? receiptForExpense(db, expenseId) : null),
    [db, expenseId],
  );
}

/** Saves a claim with its receipt; resolves after both are durable. */
export function useSaveExpense(): (input: {
  id?: string;
  fields: ExpenseFields;
  receipt: ReceiptChange;
}) => Promise<Expense> {
  const db = useDb();
  return useCallback((input) => saveExpense(db, input), [db]);
}

/** Deletes a submitted claim and its receipt; resolves after both are durable. */
export function useDeleteExpense(): (id: string) => Promise<void> {
  const db = useDb();
  return useCallback((id: string) => deleteExpense(db, id), [db]);
}
