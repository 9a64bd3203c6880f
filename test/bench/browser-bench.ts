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
import type { BenchWindow, ListRunSample } from './bench-api';
import { serveStatic, type StaticServer } from './static-server';
import { benchOutDir } from './vite.bench.config';

/** How much to measure. */
export type BrowserBenchPlan = {
  mutateCount: number;
  mutateWarmup: number;
  listRows: number;
  listRuns: number;
};

/** Raw samples from the browser. */
export type BrowserBenchResult = {
  chromiumVersion: string;
  mutateInsertMs: number[];
  mutateUpdateMs: number[];
  listRuns: ListRunSample[];
};

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
  return { mutateInsertMs, mutateUpdateMs, listRuns: listSamples };
}

/** Builds and serves the harness, runs every browser bench once, and cleans up after itself. */
export async function runBrowserBenches(plan: BrowserBenchPlan): Promise<BrowserBenchResult> {
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
    return { chromiumVersion, ...(await measure(page, plan)) };
  } finally {
    await context?.close().catch((error: unknown) => console.error(error));
    await server?.close();
    await rm(profile, { recursive: true, force: true });
  }
}
