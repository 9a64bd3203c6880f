/**
 * The arrival timer, kept in `syncState` on this device only (it is not synced: another phone has
 * no use for it). Each change is its own durable transaction, so a running timer survives the app
 * being closed, the phone restarting or the tab being killed.
 */
import type { SamspilDb } from '@/db/database';
import { parseTimer, type TimerState } from '../model';

/** The `syncState` key of the timer. */
export const TIMER_KEY = 'volunteer.timer';

/** The timer as stored; idle when none. */
export async function readTimer(db: SamspilDb): Promise<TimerState> {
  return parseTimer((await db.syncState.get(TIMER_KEY))?.value);
}

/** Starts the timer at `now` (a running or stopped timer is replaced). */
export async function startTimer(db: SamspilDb, now: number = Date.now()): Promise<void> {
  await db.syncState.put({ key: TIMER_KEY, value: { startedAt: now } });
}

/** Stops a running timer at `now`; returns the state after (unchanged when it was not running). */
export function stopTimer(db: SamspilDb, now: number = Date.now()): Promise<TimerState> {
  return db.transaction('rw', db.syncState, async () => {
    const timer = await readTimer(db);
    if (timer.kind !== 'running') return timer;
    const stoppedAt = Math.max(now, timer.startedAt);
    await db.syncState.put({ key: TIMER_KEY, value: { startedAt: timer.startedAt, stoppedAt } });
    return { kind: 'stopped', startedAt: timer.startedAt, stoppedAt } as const;
  });
}

/** Forgets the timer (after its activity was saved some other way, or when discarded). */
export async function clearTimer(db: SamspilDb): Promise<void> {
  await db.syncState.delete(TIMER_KEY);
}
