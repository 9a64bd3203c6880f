import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { useDb } from '@/db/react';
import { clearTimer, readTimer, startTimer, stopTimer } from '../data/timer';
import type { TimerState } from '../model';

/** The arrival timer, live; `undefined` while loading. */
export function useTimer(): TimerState | undefined {
  const db = useDb();
  return useLiveQuery(() => readTimer(db), [db]);
}

/** Start, stop and forget the timer; each resolves once the change is on disk. */
export function useTimerActions(): {
  start: () => Promise<void>;
  stop: () => Promise<TimerState>;
  clear: () => Promise<void>;
} {
  const db = useDb();
  const start = useCallback(() => startTimer(db), [db]);
  const stop = useCallback(() => stopTimer(db), [db]);
  const clear = useCallback(() => clearTimer(db), [db]);
  return { start, stop, clear };
}

/**
 * The current time, refreshed at the start of every minute while `active` (a running timer shows
 * whole minutes, so a per-second tick would only waste battery and disturb screen readers).
 */
export function useMinuteClock(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return undefined;
    let timeout: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timeout = setTimeout(
        () => {
          setNow(Date.now());
          schedule();
        },
        60_000 - (Date.now() % 60_000) + 50,
      );
    };
    // No setNow here: a time from before activation only shows as 0 minutes until the next tick.
    schedule();
    // Coming back to the app after a while: show the right time at once.
    const onVisible = () => {
      if (document.visibilityState === 'visible') setNow(Date.now());
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timeout);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [active]);
  return now;
}
