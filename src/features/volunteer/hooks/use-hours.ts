import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '@/db/react';
import { readHourSummary, readMonthlyHours } from '../data/totals';
import type { HourSummary, MonthlyHours } from '../model';

/** The hours overview relative to the local date `today`, live; `undefined` while loading. */
export function useHourSummary(today: string): HourSummary | undefined {
  const db = useDb();
  return useLiveQuery(() => readHourSummary(db, today), [db, today]);
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
