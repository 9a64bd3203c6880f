/**
 * Expense claims and their receipt photos. Every write goes through `mutate()`; no React here.
 *
 * A claim and its receipt are two synced rows. They are written in one Dexie transaction (the two
 * `mutate()` calls join it), so either both rows and both outbox entries are on disk or neither is:
 * "saved" never means a claim whose photo was lost.
 */
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { Expense, Receipt } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { compareNewestFirst, isEditable, type ExpenseFields } from '../model';
import { readVolunteerIds } from './volunteer';

/** What happens to the claim's receipt photo on save. */
export type ReceiptChange =
  | { kind: 'keep' }
  | { kind: 'set'; mimeType: Receipt['mimeType']; data: string }
  | { kind: 'remove' };

/** All live claims on this phone, newest first. */
export async function listExpenses(db: SamspilDb): Promise<Expense[]> {
  const rows = (await db.expenses.toArray()).filter((row) => !row._deleted);
  return rows.sort(compareNewestFirst);
}

/** One live claim, or `null` when it does not exist (or was deleted). */
export async function getExpense(db: SamspilDb, id: string): Promise<Expense | null> {
  const row = await db.expenses.get(id);
  return row && !row._deleted ? row : null;
}

/** The live receipt of a claim, or `null`. */
export async function receiptForExpense(db: SamspilDb, expenseId: string): Promise<Receipt | null> {
  const row = await db.receipts
    .where('expenseId')
    .equals(expenseId)
    .filter((receipt) => !receipt._deleted)
    .first();
  return row ?? null;
}

/**
 * Saves a new claim (no `id`) or changes a submitted one, with its receipt, durably and atomically.
 *
 * Throws `AppError('not_found')` for a claim that is gone and `AppError('validation_failed')` for
 * one the contact person has already decided.
 */
export async function saveExpense(
  db: SamspilDb,
  input: { id?: string; fields: ExpenseFields; receipt: ReceiptChange },
  now: number = Date.now(),
): Promise<Expense> {
  const ids = await readVolunteerIds(db);
  return db.transaction('rw', [db.expenses, db.receipts, db.outbox, db.syncState], async () => {
    if (input.id) await assertEditable(db, input.id);
    const expense = await mutate(
      db,
      {
        table: 'expenses',
        op: 'put',
        key: input.id,
        fields: input.id ? { ...input.fields } : { ...ids, ...input.fields, createdAt: now },
      },
      now,
    );
    const current = await receiptForExpense(db, expense.id);
    const change = input.receipt;
    if (change.kind === 'set') {
      await mutate(
        db,
        {
          table: 'receipts',
          op: 'put',
          key: current?.id,
          fields: {
            volunteerId: ids.volunteerId,
            expenseId: expense.id,
            mimeType: change.mimeType,
            data: change.data,
          },
        },
        now,
      );
    } else if (change.kind === 'remove' && current) {
      await mutate(db, { table: 'receipts', op: 'delete', key: current.id }, now);
    }
    return expense;
  });
}

/** Deletes a submitted claim and its receipt, in one transaction. */
export async function deleteExpense(
  db: SamspilDb,
  id: string,
  now: number = Date.now(),
): Promise<void> {
  await db.transaction('rw', [db.expenses, db.receipts, db.outbox, db.syncState], async () => {
    await assertEditable(db, id);
    const receipts = await db.receipts.where('expenseId').equals(id).toArray();
    for (const receipt of receipts) {
      if (!receipt._deleted) await mutate(db, { table: 'receipts', op: 'delete', key: receipt.id }, now);
    }
    await mutate(db, { table: 'expenses', op: 'delete', key: id }, now);
  });
}

async function assertEditable(db: SamspilDb, id: string): Promise<void> {
  const existing = await getExpense(db, id);
  if (!existing) throw new AppError('not_found', 'expense not found');
  if (!isEditable(existing)) throw new AppError('validation_failed', 'expense already decided');
}
