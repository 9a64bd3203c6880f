/**
 * Cold start offline to this week's tip visible: the built app (dist/) in Chromium with its
 * service worker installed, a caseworker's profile and a tip in IndexedDB (as after a sync), the
 * network off; each run is a fresh page load, timed from navigation start until the tip's title
 * is in the DOM. Run alone after `npm run build`:
 * `tsx --tsconfig tsconfig.node.json test/bench/tip-cold-start.ts` (prints JSON lines).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { isoWeekKey, todayIso } from '@/lib/dates';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { serveStatic } from './static-server';
import { median, percentile, round } from './stats';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const TITLE = 'Spørg til borgerens ressourcer';

/** One bench line. */
export type TipColdStartLine = {
  bench: string;
  value: number;
  unit: 'ms';
  label: string;
  runs: number;
};

/**
 * Seeds the profile and this week's tip straight into the app's IndexedDB (as a pull would).
 * Runs in the page: no helpers from this module (the bundler's name wrappers do not exist there).
 */
function seed({ title, week }: { title: string; week: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('samspil');
    open.onerror = () => reject(open.error ?? new Error('open failed'));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['profile', 'tips'], 'readwrite');
      tx.objectStore('profile').put({
        id: 'me',
        _hlc: {},
        role: 'caseworker',
        displayName: 'Lene',
        teamId: 'team',
      });
      tx.objectStore('tips').put({
        id: '0190a0a0-0000-7000-8000-00000000b001',
        _hlc: {},
        _scope: 'team:team',
        week,
        publishedAt: Date.now(),
        title,
        body: 'Start med det, borgeren selv kan.\n\n- spørg\n- lyt',
        audience: 'team',
      });
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('seed failed'));
    };
  });
}

/** Measures `runs` offline cold starts (after one warm-up); returns the JSON lines. */
export async function measureTipColdStart(runs = 10): Promise<TipColdStartLine[]> {
  const server = await serveStatic(DIST);
  const profileDir = await mkdtemp(join(tmpdir(), 'samspil-tip-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    // Notes the moment the tip's title enters the DOM, in the page itself (Playwright's polling
    // would add its own delay to the number).
    await context.addInitScript((title: string) => {
      const record = () => {
        if (document.documentElement.textContent.includes(title)) {
          (window as unknown as { tipVisibleAt?: number }).tipVisibleAt ??= performance.now();
        }
      };
      new MutationObserver(record).observe(document, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    }, TITLE);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.origin);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000,
    });
    // The app has opened (and so created) its database by now.
    await page.waitForSelector('h1', { timeout: 30_000 });
    await page.evaluate(seed, { title: TITLE, week: isoWeekKey(todayIso()) });
    await context.setOffline(true);

    const samples: number[] = [];
    for (let run = 0; run <= runs; run++) {
      // A fresh load of home each time (the first visit left the page on the welcome screen).
      await page.goto(server.origin, { waitUntil: 'commit' });
      await page
        .getByText(TITLE, { exact: true })
        .first()
        .waitFor({ timeout: 30_000 })
        .catch(async (error: unknown) => {
          console.error((await page.locator('body').innerText()).slice(0, 600));
          throw error;
        });
      const ms = await page.evaluate(
        () => (window as unknown as { tipVisibleAt?: number }).tipVisibleAt ?? performance.now(),
      );
      if (run > 0) samples.push(ms);
    }
    const label = 'cold start offline to this week’s tip visible (ms)';
    return [
      {
        bench: 'tip-cold-start-offline-median',
        value: round(median(samples)),
        unit: 'ms',
        label,
        runs,
      },
      {
        bench: 'tip-cold-start-offline-p95',
        value: round(percentile(samples, 95)),
        unit: 'ms',
        label,
        runs,
      },
    ];
  } finally {
    await context.close();
    await server.close();
    await rm(profileDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  measureTipColdStart().then(
    (lines) => {
      for (const line of lines) process.stdout.write(`${JSON.stringify(line)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
