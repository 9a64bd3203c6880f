/**
 * The volunteer's bench lines, shared by `npm run bench` (run.ts) and the volunteer-only runner
 * (volunteer-run.ts): a repeat activity's tap-to-saved (goal ≤ 16 ms) and the hours overview with
 * 5,000 entries (goal ≤ 100 ms).
 */
import type { VolunteerBenchPlan, VolunteerBenchResult } from './browser-bench';
import { median, percentile, round } from './stats';

/** How much to measure. */
export const VOLUNTEER_PLAN: VolunteerBenchPlan = {
  repeatRuns: 40,
  repeatWarmup: 5,
  overviewRows: 5_000,
  overviewRuns: 8,
};

/** One JSON line of bench output. */
export type VolunteerBenchLine = {
  bench: string;
  value: number;
  unit: 'ms';
  goal: number;
} & Record<string, unknown>;

/** Summarises the raw samples; throws when a bench did not do what it measures. */
export function volunteerBenchLines(
  result: VolunteerBenchResult,
  plan: VolunteerBenchPlan = VOLUNTEER_PLAN,
): VolunteerBenchLine[] {
  const saved = result.repeatRuns.map((run) => run.savedMs);
  const painted = result.repeatRuns.map((run) => run.paintedMs);
  if (saved.length !== plan.repeatRuns) throw new Error('The repeat bench returned too few runs');
  const { overviewRuns, overviewColdRuns } = result;
  for (const runs of [overviewRuns, overviewColdRuns]) {
    if (runs.length !== plan.overviewRuns)
      throw new Error('The overview bench returned too few runs');
    if (runs.some((run) => run.bars === 0)) throw new Error('The overview bench drew no chart');
  }
  const repeat = {
    unit: 'ms',
    goal: 16,
    label: 'tap-to-saved for a repeat activity (ms)',
    samples: saved.length,
  } as const;
  const overview = {
    unit: 'ms',
    goal: 100,
    label: 'overview with 5,000 entries renders (ms)',
    rows: plan.overviewRows,
  } as const;
  return [
    {
      bench: 'repeat-tap-to-saved-median',
      value: round(median(saved)),
      ...repeat,
      paintedMs: round(median(painted)),
    },
    {
      bench: 'repeat-tap-to-saved-p95',
      value: round(percentile(saved, 95)),
      ...repeat,
      paintedMs: round(percentile(painted, 95)),
    },
    {
      bench: 'overview-5k-render-median',
      value: round(median(overviewRuns.map((run) => run.totalMs))),
      ...overview,
      runs: overviewRuns.length,
      renderedMs: round(median(overviewRuns.map((run) => run.renderedMs))),
    },
    {
      bench: 'overview-5k-render-p95',
      value: round(
        percentile(
          overviewRuns.map((run) => run.totalMs),
          95,
        ),
      ),
      ...overview,
      runs: overviewRuns.length,
    },
    {
      bench: 'overview-5k-render-first-visit-median',
      value: round(median(overviewColdRuns.map((run) => run.totalMs))),
      ...overview,
      label: 'overview with 5,000 entries renders, first visit ever: no running totals yet (ms)',
      runs: overviewColdRuns.length,
      renderedMs: round(median(overviewColdRuns.map((run) => run.renderedMs))),
    },
  ];
}
