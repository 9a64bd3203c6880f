/**
 * `npm run bench`: measures the built app's first-load size, `mutate()` latency and the time to read
 * and render 10,000 activities in Chromium, the volunteer's and the logbook search benches
 * (volunteer-lines.ts, logbook-lines.ts), then the sync server (see sync-bench.ts). Prints one JSON object per line on stdout (progress goes
 * to stderr). Benchmarks, not tests: nothing here asserts a timing; the exit code is non-zero only
 * when a bench could not run.
 */
import { fileURLToPath } from 'node:url';
import { runBrowserBenches } from './browser-bench';
import { measureInitialAssets, measurePrecache } from './bundle-size';
import { median, percentile, round } from './stats';
import { logbookBenchLines } from './logbook-lines';
import { runSyncBenches } from './sync-bench';
import { measureTipColdStart } from './tip-cold-start';
import { VOLUNTEER_PLAN, volunteerBenchLines } from './volunteer-lines';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const PLAN = {
  mutateCount: 200,
  mutateWarmup: 20,
  listRows: 10_000,
  listRuns: 6,
  ...VOLUNTEER_PLAN,
};
const HARD_LIMIT_MS = 480_000;

type BenchLine = {
  bench: string;
  value: number;
  unit: 'bytes' | 'ms' | 'per-second' | 'count';
  goal?: number | undefined;
} & Record<string, unknown>;

function emit(line: BenchLine): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

async function main(): Promise<void> {
  const assets = await measureInitialAssets(DIST);
  emit({
    bench: 'initial-js-gzip',
    value: assets.js.gzipBytes,
    unit: 'bytes',
    goal: 150 * 1024,
    raw: assets.js.rawBytes,
    files: assets.js.files,
  });
  emit({
    bench: 'initial-css-gzip',
    value: assets.css.gzipBytes,
    unit: 'bytes',
    raw: assets.css.rawBytes,
    files: assets.css.files,
  });
  const precache = await measurePrecache(DIST);
  if (precache) {
    emit({
      bench: 'precache',
      value: precache.rawBytes,
      unit: 'bytes',
      gzip: precache.gzipBytes,
      files: precache.files,
    });
  }

  console.error('bench: building the harness and starting Chromium…');
  const browser = await runBrowserBenches(PLAN);
  console.error(`bench: Chromium ${browser.chromiumVersion}`);
  for (const [name, samples] of [
    ['mutate-insert', browser.mutateInsertMs],
    ['mutate-update', browser.mutateUpdateMs],
  ] as const) {
    const stats = { unit: 'ms', goal: 16, samples: samples.length } as const;
    emit({ bench: `${name}-median`, value: round(median(samples)), ...stats });
    emit({ bench: `${name}-p95`, value: round(percentile(samples, 95)), ...stats });
  }

  // The first run pays for JIT warm-up and a cold IndexedDB read; it is reported on its own.
  const [first, ...warm] = browser.listRuns;
  if (!first || warm.length === 0) throw new Error('The list bench returned too few runs');
  const badRun = browser.listRuns.find(
    (run) => run.rowCount !== PLAN.listRows || run.domRows === 0,
  );
  if (badRun) throw new Error(`The list bench did not render its rows: ${JSON.stringify(badRun)}`);
  const listMeta = { unit: 'ms', rows: PLAN.listRows, runs: warm.length } as const;
  emit({
    bench: 'list-10k-read-render-median',
    value: round(median(warm.map((run) => run.totalMs))),
    ...listMeta,
    readMs: round(median(warm.map((run) => run.readMs))),
    renderMs: round(median(warm.map((run) => run.renderMs))),
    domRows: first.domRows,
  });
  emit({
    bench: 'list-10k-read-render-first',
    value: round(first.totalMs),
    unit: 'ms',
    rows: PLAN.listRows,
    readMs: round(first.readMs),
    renderMs: round(first.renderMs),
  });

  for (const line of volunteerBenchLines(browser, PLAN)) emit(line);

  console.error('bench: offline cold start to this week’s tip (built app, service worker)…');
  for (const line of await measureTipColdStart()) emit(line);
  for (const line of logbookBenchLines(browser.logbook)) emit(line);

  console.error('bench: sync server on SQLite and PostgreSQL (loopback)…');
  await runSyncBenches(emit);
}

const watchdog = setTimeout(() => {
  console.error(`bench: gave up after ${HARD_LIMIT_MS} ms`);
  process.exit(1);
}, HARD_LIMIT_MS);
watchdog.unref();

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
