import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import { pendingChanges } from '@/db/outbox';
import { freshDb } from '../helpers/db';

let db: SamspilDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('pendingChanges', () => {
  it('is empty on a new device', async () => {
    expect(await pendingChanges(db)).toEqual({ count: 0, oldestAt: undefined });
  });

  it('counts waiting changes and names the oldest', async () => {
    const fields = { kind: 'good' as const, text: 'Godt møde', tags: [], createdAt: 1 };
    await mutate(db, { table: 'logbookEntries', op: 'put', fields }, 1_000);
    await mutate(db, { table: 'logbookEntries', op: 'put', fields }, 5_000);
    expect(await pendingChanges(db)).toEqual({ count: 2, oldestAt: 1_000 });
  });
});
