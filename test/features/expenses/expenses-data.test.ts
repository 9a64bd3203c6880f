import { deleteExpense, listExpenses, saveExpense } from '@/features/expenses/data/expenses';
import { mutate } from '@/db/mutate';
import { freshDb } from '../../helpers/db';
import { joinAsVolunteer } from '../../helpers/volunteer';

const fields = {
  amountOre: 4_800,
  date: '2026-11-23',
  category: 'transport' as const,
  description: 'Bus',
};
const photo = { kind: 'set' as const, mimeType: 'image/jpeg' as const, data: 'AAAA' };

describe('expense data', () => {
  it('saves a claim and its receipt as two rows with two outbox entries', async () => {
    const db = freshDb();
    const { volunteerId, institutionId } = await joinAsVolunteer(db);
    const before = await db.outbox.count();

    const expense = await saveExpense(db, { fields, receipt: photo }, 1_000);

    expect(expense).toMatchObject({ ...fields, volunteerId, institutionId, createdAt: 1_000 });
    expect(await db.receipts.toArray()).toEqual([
      expect.objectContaining({
        expenseId: expense.id,
        volunteerId,
        mimeType: 'image/jpeg',
        data: 'AAAA',
      }),
    ]);
    const outbox = (await db.outbox.toArray()).slice(before);
    expect(outbox.map((entry) => entry.table)).toEqual(['expenses', 'receipts']);
    expect(outbox[0]?.fields).not.toHaveProperty('status');
  });

  it('keeps neither row when the receipt cannot be written', async () => {
    const db = freshDb();
    await joinAsVolunteer(db);
    const before = await db.outbox.count();
    db.receipts.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await expect(saveExpense(db, { fields, receipt: photo })).rejects.toThrow();

    expect(await db.expenses.count()).toBe(0);
    expect(await db.outbox.count()).toBe(before);
  });

  it('changes a submitted claim, replacing its photo in the same receipt row', async () => {
    const db = freshDb();
    await joinAsVolunteer(db);
    const expense = await saveExpense(db, { fields, receipt: photo });
    const [receipt] = await db.receipts.toArray();

    await saveExpense(db, {
      id: expense.id,
      fields: { ...fields, amountOre: 5_000 },
      receipt: { ...photo, data: 'BBBB' },
    });

    expect((await db.expenses.get(expense.id))?.amountOre).toBe(5_000);
    expect(await db.receipts.toArray()).toEqual([
      expect.objectContaining({ id: receipt?.id, data: 'BBBB' }),
    ]);
  });

  it('removes the photo when asked, and keeps it when not', async () => {
    const db = freshDb();
    const expense = await saveExpense(db, { fields, receipt: photo });
    await saveExpense(db, { id: expense.id, fields, receipt: { kind: 'keep' } });
    expect((await db.receipts.toArray()).filter((r) => !r._deleted)).toHaveLength(1);

    await saveExpense(db, { id: expense.id, fields, receipt: { kind: 'remove' } });
    const receipts = await db.receipts.toArray();
    expect(receipts).toHaveLength(1);
    expect(receipts[0]?._deleted).toBe(true);
    // A tombstone keeps no photo on the phone.
    expect(receipts[0]).not.toHaveProperty('data');
  });

  it('refuses to change or delete a claim the contact person has decided', async () => {
    const db = freshDb();
    const expense = await saveExpense(db, { fields, receipt: photo });
    await mutate(db, {
      table: 'expenses',
      op: 'put',
      key: expense.id,
      fields: { status: 'approved' },
    });
    const before = await db.outbox.count();

    await expect(
      saveExpense(db, {
        id: expense.id,
        fields: { ...fields, amountOre: 1 },
        receipt: { kind: 'keep' },
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(deleteExpense(db, expense.id)).rejects.toMatchObject({
      code: 'validation_failed',
    });

    expect((await db.expenses.get(expense.id))?.amountOre).toBe(4_800);
    expect(await db.outbox.count()).toBe(before);
  });

  it('deletes a claim together with its receipt', async () => {
    const db = freshDb();
    const expense = await saveExpense(db, { fields, receipt: photo });
    await deleteExpense(db, expense.id);
    expect(await listExpenses(db)).toEqual([]);
    expect((await db.receipts.toArray()).every((r) => r._deleted)).toBe(true);
    const ops = (await db.outbox.toArray()).map((e) => `${e.op} ${e.table}`);
    expect(ops.slice(-2)).toEqual(['delete receipts', 'delete expenses']);
  });
});
