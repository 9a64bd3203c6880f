/**
 * Runs the in-browser benches: builds the harness page with Vite, serves it on 127.0.0.1 and drives
 * headless Chromium through Playwright. The profile is a real on-disk one (a persistent context):
 * Playwright's default contexts are incognito, where IndexedDB lives in memory and a strict-durability
 * commit would cost nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../chromium';
import type {
  BenchWindow,
  ListRunSample,
  LogbookSearchResult,
  OverviewRunSample,
  RepeatRunSample,
} from './bench-api';
import { measureLogbook } from './logbook-lines';
import { serveStatic, type StaticServer } from './static-server';
import { benchOutDir } from './vite.bench.config';

/** How much to measure. */
export type BrowserBenchPlan = {
  mutateCount: number;
  mutateWarmup: number;
  listRows: number;
  listRuns: number;
} & VolunteerBenchPlan;

/** How much of the volunteer's benches to measure (test/bench/harness/volunteer-bench.tsx). */
export type VolunteerBenchPlan = {
  repeatRuns: number;
  repeatWarmup: number;
  overviewRows: number;
  overviewRuns: number;
};

/** Raw samples of the volunteer's benches. */
export type VolunteerBenchResult = {
  repeatRuns: RepeatRunSample[];
  /** With the running totals kept (the usual case). */
  overviewRuns: OverviewRunSample[];
  /** Without them: the first visit ever, every row read before the first paint. */
  overviewColdRuns: OverviewRunSample[];
};

/** Raw samples from the browser. */
export type BrowserBenchResult = {
  chromiumVersion: string;
  mutateInsertMs: number[];
  mutateUpdateMs: number[];
  listRuns: ListRunSample[];
  /** The logbook search bench (test/bench/harness/logbook-bench.ts). */
  logbook: LogbookSearchResult;
} & VolunteerBenchResult;

/** Rejects after `ms` so a hung page cannot hang the bench. */
function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function buildHarness(): Promise<void> {
  await build({ configFile: fileURLToPath(new URL('./vite.bench.config.ts', import.meta.url)) });
}

async function measure(page: Page, plan: BrowserBenchPlan) {
  const { mutateCount, mutateWarmup, listRows, listRuns } = plan;
  const mutateInsertMs = await withTimeout(
    page.evaluate(
      ([count, warmup]) => (window as BenchWindow).samspilBench!.mutateLatency(count, warmup),
      [mutateCount, mutateWarmup] as const,
    ),
    30_000,
    'mutate insert bench',
  );
  const mutateUpdateMs = await withTimeout(
    page.evaluate(
      ([count, warmup]) => (window as BenchWindow).samspilBench!.mutateUpdateLatency(count, warmup),
      [mutateCount, mutateWarmup] as const,
    ),
    30_000,
    'mutate update bench',
  );
  const listSamples = await withTimeout(
    page.evaluate(([rows, runs]) => (window as BenchWindow).samspilBench!.listRender(rows, runs), [
      listRows,
      listRuns,
    ] as const),
    60_000,
    'list render bench',
  );
  return {
    mutateInsertMs,
    mutateUpdateMs,
    listRuns: listSamples,
    ...(await measureVolunteer(page, plan)),
    logbook: await withTimeout(measureLogbook(page), 60_000, 'logbook search bench'),
  };
}

/** The volunteer's benches: a repeat activity's tap-to-saved, and the hours overview. */
export async function measureVolunteer(
  page: Page,
  plan: VolunteerBenchPlan,
): Promise<VolunteerBenchResult> {
  const repeatRuns = await withTimeout(
    page.evaluate(
      ([runs, warmup]) => (window as BenchWindow).samspilBench!.repeatTapToSaved(runs, warmup),
      [plan.repeatRuns, plan.repeatWarmup] as const,
    ),
    60_000,
    'repeat activity bench',
  );
  const overview = (running: boolean) =>
    withTimeout(
      page.evaluate(
        ([rows, runs, withTotals]) =>
          (window as BenchWindow).samspilBench!.overviewRender(rows, runs, withTotals),
        [plan.overviewRows, plan.overviewRuns, running] as const,
      ),
      90_000,
      'overview bench',
    );
  const overviewRuns = await overview(true);
  const overviewColdRuns = await overview(false);
  return { repeatRuns, overviewRuns, overviewColdRuns };
}

/** Builds and serves the harness, runs every browser bench once, and cleans up after itself. */
export async function runBrowserBenches(plan: BrowserBenchPlan): Promise<BrowserBenchResult> {
  const { chromiumVersion, result } = await withHarnessPage((page) => measure(page, plan));
  return { chromiumVersion, ...result };
}

/** Builds and serves the harness, opens it in Chromium, runs `body`, and cleans up after itself. */
export async function withHarnessPage<T>(
  body: (page: Page) => Promise<T>,
): Promise<{ chromiumVersion: string; result: T }> {
  await withTimeout(buildHarness(), 60_000, 'harness build');
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  const profile = await mkdtemp(join(tmpdir(), 'samspil-bench-profile-'));
  try {
    server = await serveStatic(benchOutDir);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 390, height: 844 },
      timeout: 30_000,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error(`[harness] ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`[harness] ${message.text()}`);
    });
    await page.goto(`${server.origin}/`, { timeout: 30_000 });
    await page.waitForFunction(() => 'samspilBench' in window, undefined, { timeout: 30_000 });
    const chromiumVersion = context.browser()?.version() ?? 'unknown';
    return { chromiumVersion, result: await body(page) };
  } finally {
    await context?.close().catch((error: unknown) => console.error(error));
    await server?.close();
    await rm(profile, { recursive: true, force: true });
  }
}
