/**
 * The arrival timer: "Start" when the volunteer arrives, "Stop" when they leave.
 *
 * The state is kept on the device (not synced) so it survives closing the app; a stopped timer is
 * kept until its activity is saved or discarded, so closing the app between "Stop" and "Gem" loses
 * nothing.
 */
import { localDate } from '@/lib/dates';
import { localTime } from './dates';
import { MAX_DURATION_MINUTES } from './activity';

/** Where the timer stands. */
export type TimerState =
  | { kind: 'idle' }
  | { kind: 'running'; startedAt: number }
  | { kind: 'stopped'; startedAt: number; stoppedAt: number };

/** Durations from the timer are rounded to this many minutes. */
export const TIMER_ROUNDING_MINUTES = 5;

const isInstant = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

/** Reads a stored timer defensively: anything unexpected is an idle timer. */
export function parseTimer(value: unknown): TimerState {
  if (typeof value !== 'object' || value === null) return { kind: 'idle' };
  const { startedAt, stoppedAt } = value as { startedAt?: unknown; stoppedAt?: unknown };
  if (!isInstant(startedAt)) return { kind: 'idle' };
  if (stoppedAt === undefined) return { kind: 'running', startedAt };
  if (isInstant(stoppedAt) && stoppedAt >= startedAt) {
    return { kind: 'stopped', startedAt, stoppedAt };
  }
  return { kind: 'idle' };
}

/** Whole minutes elapsed from `startedAt` to `now` (never negative, even if the clock went back). */
export function elapsedMinutes(startedAt: number, now: number): number {
  return Math.max(0, Math.floor((now - startedAt) / 60_000));
}

/** What a stopped timer puts in the form. */
export type TimerPrefill = {
  date: string;
  startTime: string;
  durationMinutes: number;
  /** The timer ran longer than an activity may last (forgotten?): the duration was cut. */
  capped: boolean;
};

/**
 * The form's date, start time and duration from a timer: the local date and time it started, and
 * the real time elapsed (a night with a summer-time change counts the hour it really had), rounded
 * to 5 minutes and at least 5.
 */
export function timerPrefill(startedAt: number, stoppedAt: number): TimerPrefill {
  const exact = (stoppedAt - startedAt) / 60_000;
  const rounded = Math.max(
    TIMER_ROUNDING_MINUTES,
    Math.round(exact / TIMER_ROUNDING_MINUTES) * TIMER_ROUNDING_MINUTES,
  );
  return {
    date: localDate(startedAt),
    startTime: localTime(startedAt),
    durationMinutes: Math.min(rounded, MAX_DURATION_MINUTES),
    capped: rounded > MAX_DURATION_MINUTES,
  };
}
