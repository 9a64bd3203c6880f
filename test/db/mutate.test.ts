import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import { decodeHlc, compareHlc } from '@/lib/hlc';
import { errorCode } from '@/lib/errors';
import { isUuid } from '@/lib/ids';
import { freshDb } from '../helpers/db';

const T0 = 1_764_000_000_000;
const activity = { date: '2026-11-23', durationMinutes: 120, activityType: 'cards', createdAt: T0 };

let db: SamspilDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('mutate', () => {
  it('writes the row, its clocks and an outbox entry together', async () => {
    const row = await mutate(db, { table: 'activities', op: 'put', fields: activity }, T0);

    expect(isUuid(row.id)).toBe(true);
    const stored = await db.activities.get(row.id);
    expect(stored).toMatchObject(activity);
    expect(Object.keys(stored?._hlc ?? {}).sort()).toEqual(Object.keys(activity).sort());

    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      table: 'activities',
      key: row.id,
      op: 'put',
      fields: activity,
    });
    expect(outbox[0]?.hlc).toBe(stored?._hlc.date);
  });

  it('leaves neither row nor outbox entry when the transaction fails', async () => {
    db.outbox.hook('creating', () => {
      throw new Error('disk said no');
    });

    await expect(
      mutate(db, { table: 'activities', op: 'put', fields: activity }, T0),
    ).rejects.toThrow();

    expect(await db.activities.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.syncState.get('hlc')).toBeUndefined();
  });

  it('reports a full disk as quota_exceeded and stores nothing', async () => {
    db.activities.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const failure = await mutate(
      db,
      { table: 'activities', op: 'put', fields: activity },
      T0,
    ).catch((error: unknown) => error);

    expect(errorCode(failure)).toBe('quota_exceeded');
    expect(await db.outbox.count()).toBe(0);
  });

  it('stamps only the fields a put changes', async () => {
    const row = await mutate(db, { table: 'activities', op: 'put', fields: activity }, T0);
    await mutate(
      db,
      { table: 'activities', op: 'put', key: row.id, fields: { durationMinutes: 90 } },
      T0 + 1000,
    );

    const stored = await db.activities.get(row.id);
    expect(stored?.durationMinutes).toBe(90);
    expect(stored?.activityType).toBe('cards');
    const dateClock = decodeHlc(stored?._hlc.date ?? '');
    const durationClock = decodeHlc(stored?._hlc.durationMinutes ?? '');
    expect(dateClock?.millis).toBe(T0);
    expect(durationClock?.millis).toBe(T0 + 1000);

    const outbox = await db.outbox.orderBy('id').toArray();
    expect(outbox.map((entry) => entry.fields)).toEqual([activity, { durationMinutes: 90 }]);
  });

  it('issues increasing clocks even when the device clock goes backwards', async () => {
    await mutate(db, { table: 'activities', op: 'put', fields: activity }, T0);
    await mutate(db, { table: 'activities', op: 'put', fields: activity }, T0 - 3_600_000);
    await mutate(db, { table: 'activities', op: 'put', fields: activity }, T0 - 7_200_000);

    const stamps = (await db.outbox.orderBy('id').toArray()).map((entry) => decodeHlc(entry.hlc));
    for (let i = 1; i < stamps.length; i++) {
      const [previous, current] = [stamps[i - 1], stamps[i]];
      if (!previous || !current) throw new Error('unparseable stamp');
      expect(compareHlc(previous, current)).toBeLessThan(0);
    }
  });

  it('keeps the clock across a reopened database', async () => {
    await mutate(db, { table: 'activities', op: 'put', fields: activity }, T0);
    db.close();
    await db.open();
    await mutate(db, { table: 'activities', op: 'put', fields: activity }, T0 - 1000);

    const [first, second] = (await db.outbox.orderBy('id').toArray()).map((e) => e.hlc);
    expect(first && second && first < second).toBe(true);
  });

  it('turns a delete into a tombstone without the deleted text', async () => {
    const row = await mutate(
      db,
      { table: 'activities', op: 'put', fields: { ...activity, note: 'kortspil med Inger' } },
      T0,
    );
    await mutate(db, { table: 'activities', op: 'delete', key: row.id }, T0 + 1);

    const stored = await db.activities.get(row.id);
    expect(stored?._deleted).toBe(true);
    expect(stored).not.toHaveProperty('note');
    expect(stored?._hlc._deleted).toBeDefined();
    const last = await db.outbox.orderBy('id').last();
    expect(last).toMatchObject({ op: 'delete', key: row.id, fields: {} });
  });

  it('lets a tombstone win over a later put', async () => {
    const row = await mutate(db, { table: 'activities', op: 'put', fields: activity }, T0);
    await mutate(db, { table: 'activities', op: 'delete', key: row.id }, T0 + 1);
    await mutate(
      db,
      { table: 'activities', op: 'put', key: row.id, fields: { note: 'for sent' } },
      T0 + 2,
    );

    expect((await db.activities.get(row.id))?._deleted).toBe(true);
    expect(await db.outbox.count()).toBe(2);
  });

  it('gives each outbox entry a larger id than the one before', async () => {
    for (let i = 0; i < 5; i++) {
      await mutate(db, { table: 'activities', op: 'put', fields: activity }, T0 + i);
    }
    const ids = (await db.outbox.toArray()).map((entry) => entry.id ?? -1);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(5);
  });
});
