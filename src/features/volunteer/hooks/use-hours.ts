import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useDb } from '@/db/react';
import {
  readHourSummary,
  readMonthlyHours,
  readRunningHours,
  saveRunningHours,
} from '../data/totals';
import type { HourSummary, MonthlyHours } from '../model';

/**
 * The hours overview relative to the local date `today`, live; `undefined` while loading.
 *
 * Shows the running totals at once (one small read), then the totals computed from every row,
 * which replace them and are kept as the new running totals.
 */
export function useHourSummary(today: string): HourSummary | undefined {
  const db = useDb();
  const running = useLiveQuery(() => readRunningHours(db, today), [db, today]);
  const computed = useLiveQuery(() => readHourSummary(db, today), [db, today]);
  useEffect(() => {
    // Keeping them is an optimisation: a failed write only means the next visit computes again.
    if (computed) saveRunningHours(db, computed).catch(() => undefined);
  }, [db, computed]);
  return computed ?? running ?? undefined;
}

/** Hours per month in a period (local dates, inclusive), live; `undefined` while loading. */
export function useMonthlyHours(
  from: string,
  to: string,
  institutionId?: string,
): MonthlyHours | undefined {
  const db = useDb();
  return useLiveQuery(
    () => readMonthlyHours(db, from, to, institutionId),
    [db, from, to, institutionId],
  );
}
