/**
 * The logbook search bench lines, shared by `npm run bench` (run.ts) and the logbook-only runner
 * (logbook-run.ts): a search over 10,000 of a caseworker's own entries (goal ≤ 50 ms per query),
 * with the one-off read and index build reported beside it.
 */
import type { Page } from 'playwright-core';
import type { BenchWindow, LogbookSearchResult } from './bench-api';
import { median, percentile, round } from './stats';

/** How much to measure. */
export const LOGBOOK_PLAN = { searchRows: 10_000, searchRuns: 10 };
export type LogbookBenchPlan = typeof LOGBOOK_PLAN;

/** Runs the logbook bench in the harness page. */
export function measureLogbook(
  page: Page,
  plan: LogbookBenchPlan = LOGBOOK_PLAN,
): Promise<LogbookSearchResult> {
  return page.evaluate(
    ([rows, runs]) => (window as BenchWindow).samspilBench!.logbookSearch(rows, runs),
    [plan.searchRows, plan.searchRuns] as const,
  );
}

/** One JSON line of bench output. */
export type LogbookBenchLine = {
  bench: string;
  value: number;
  unit: 'ms';
  goal?: number;
} & Record<string, unknown>;

/** Summarises the raw samples; throws when the bench did not search what it should. */
export function logbookBenchLines(
  result: LogbookSearchResult,
  plan: LogbookBenchPlan = LOGBOOK_PLAN,
): LogbookBenchLine[] {
  if (result.rowCount !== plan.searchRows) {
    throw new Error(`The logbook bench read ${result.rowCount} entries, not ${plan.searchRows}`);
  }
  if (result.matches.every((count) => count === 0)) {
    throw new Error('The logbook bench found nothing: the index is empty');
  }
  const search = {
    unit: 'ms',
    goal: 50,
    label: 'search over 10,000 logbook entries, per query (ms)',
    rows: result.rowCount,
    samples: result.searchMs.length,
  } as const;
  return [
    { bench: 'logbook-search-10k-median', value: round(median(result.searchMs)), ...search },
    {
      bench: 'logbook-search-10k-p95',
      value: round(percentile(result.searchMs, 95)),
      ...search,
      max: round(Math.max(...result.searchMs)),
      matches: result.matches,
    },
    {
      bench: 'logbook-search-10k-index-build',
      value: round(result.indexMs),
      unit: 'ms',
      label: 'building the index once when the logbook opens (ms)',
      readMs: round(result.readMs),
      updateOneMs: round(result.updateMs),
    },
  ];
}
