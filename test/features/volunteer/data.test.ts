import { SamspilDb } from '@/db/database';
import {
  deleteActivity,
  getActivity,
  listActivities,
  logActivity,
  updateActivity,
} from '@/features/volunteer/data/activities';
import { readVolunteerContext } from '@/features/volunteer/data/context';
import { clearTimer, readTimer, startTimer, stopTimer } from '@/features/volunteer/data/timer';
import {
  readHourSummary,
  readMonthlyHours,
  readRunningHours,
  saveRunningHours,
} from '@/features/volunteer/data/totals';
import { mutate } from '@/db/mutate';
import { freshDb } from '../../helpers/db';

const input = { date: '2026-11-23', durationMinutes: 60, activityType: 'cards' };

describe('timer storage', () => {
  it('keeps a running timer when the app is closed and opened again', async () => {
    const db = freshDb();
    await startTimer(db, 1_000_000);
    db.close();

    const reopened = new SamspilDb(db.name);
    expect(await readTimer(reopened)).toEqual({ kind: 'running', startedAt: 1_000_000 });
    expect(await stopTimer(reopened, 4_600_000)).toEqual({
      kind: 'stopped',
      startedAt: 1_000_000,
      stoppedAt: 4_600_000,
    });
    expect(await readTimer(reopened)).toMatchObject({ kind: 'stopped' });
    await clearTimer(reopened);
    expect(await readTimer(reopened)).toEqual({ kind: 'idle' });
  });

  it('does nothing when stopping a timer that is not running', async () => {
    const db = freshDb();
    expect(await stopTimer(db, 5)).toEqual({ kind: 'idle' });
    expect(await readTimer(db)).toEqual({ kind: 'idle' });
  });

  it('forgets the stopped timer in the same save as its activity', async () => {
    const db = freshDb();
    await startTimer(db, 1_000);
    await stopTimer(db, 2_000);
    await logActivity(db, input, 3_000, { clearTimer: true });
    expect(await readTimer(db)).toEqual({ kind: 'idle' });
    expect(await db.activities.count()).toBe(1);
  });

  it('keeps the stopped timer when the save fails', async () => {
    const db = freshDb();
    await startTimer(db, 1_000);
    await stopTimer(db, 2_000);
    db.activities.hook('creating', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(logActivity(db, input, 3_000, { clearTimer: true })).rejects.toThrow();
    expect(await readTimer(db)).toMatchObject({ kind: 'stopped' });
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('editing and deleting', () => {
  it('sends only the changed fields of an edit', async () => {
    const db = freshDb();
    const saved = await logActivity(db, { ...input, note: 'hyggeligt' });
    await updateActivity(db, saved, { ...input, durationMinutes: 90, note: 'hyggeligt' });
    const entries = await db.outbox.toArray();
    expect(entries.at(-1)).toMatchObject({
      op: 'put',
      key: saved.id,
      fields: { durationMinutes: 90 },
    });
    expect((await getActivity(db, saved.id))?.durationMinutes).toBe(90);
  });

  it('writes nothing when nothing changed', async () => {
    const db = freshDb();
    const saved = await logActivity(db, input);
    await updateActivity(db, saved, input);
    expect(await db.outbox.count()).toBe(1);
  });

  it('deletes with a tombstone that syncs and leaves no text behind', async () => {
    const db = freshDb();
    const saved = await logActivity(db, { ...input, note: 'noget' });
    await deleteActivity(db, saved.id);
    const row = await db.activities.get(saved.id);
    expect(row).toMatchObject({ id: saved.id, _deleted: true });
    expect(row?.note).toBeUndefined();
    expect((await db.outbox.toArray()).at(-1)).toMatchObject({ op: 'delete', key: saved.id });
    expect(await getActivity(db, saved.id)).toBeNull();
    expect(await listActivities(db)).toEqual([]);
  });
});

describe('reads for the overview', () => {
  it('leaves deleted activities out of the totals', async () => {
    const db = freshDb();
    await logActivity(db, input);
    const gone = await logActivity(db, { ...input, durationMinutes: 30 });
    await deleteActivity(db, gone.id);
    const summary = await readHourSummary(db, '2026-11-30');
    expect(summary.totalMinutes).toBe(60);
    expect(summary.entries).toBe(1);
    const monthly = await readMonthlyHours(db, '2026-11-01', '2026-11-30');
    expect(monthly.totalMinutes).toBe(60);
  });

  it('reads the volunteer’s institution and the institutions here, by name', async () => {
    const db = freshDb();
    const b = await mutate(db, { table: 'institutions', op: 'put', fields: { name: 'Æblehaven' } });
    await mutate(db, { table: 'institutions', op: 'put', fields: { name: 'Bakkehuset' } });
    await mutate(db, {
      table: 'profile',
      op: 'put',
      fields: { role: 'volunteer', displayName: 'Omar', institutionId: b.id },
    });
    const context = await readVolunteerContext(db);
    expect(context.displayName).toBe('Omar');
    expect(context.institutionId).toBe(b.id);
    expect(context.institutions.map((row) => row.name)).toEqual(['Bakkehuset', 'Æblehaven']);
  });
});

describe('running hour totals', () => {
  it('follow saves, edits and deletes exactly as a fresh count would', async () => {
    const db = freshDb();
    const today = '2026-11-30';
    const first = await logActivity(db, input);
    await saveRunningHours(db, await readHourSummary(db, today));

    const second = await logActivity(db, { ...input, date: '2026-03-29', activityType: 'Banko' });
    await updateActivity(db, first, { ...input, durationMinutes: 150, institutionId: 'inst' });
    await deleteActivity(db, second.id);
    await logActivity(db, { ...input, date: '2025-12-31', durationMinutes: 45 });

    const running = await readRunningHours(db, today);
    expect(running).toEqual(await readHourSummary(db, today));
    expect(running?.byType.has('Banko')).toBe(false);
    expect(running?.totalMinutes).toBe(195);
  });

  it('are not kept until the overview has counted once, and not across a new year', async () => {
    const db = freshDb();
    await logActivity(db, input);
    expect(await readRunningHours(db, '2026-11-30')).toBeNull();
    await saveRunningHours(db, await readHourSummary(db, '2026-11-30'));
    expect(await readRunningHours(db, '2026-12-31')).not.toBeNull();
    expect(await readRunningHours(db, '2027-01-01')).toBeNull();
  });
});
