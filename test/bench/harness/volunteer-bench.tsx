/**
 * The volunteer's two timing goals, measured on the real components in Chromium:
 *
 * - tap-to-saved for a repeat activity: from the tap on "Ja, gem" (the second tap of a repeat on the
 *   home screen) until "Gemt på telefonen." is in the DOM, which happens only after `mutate()`'s
 *   strict-durability transaction has committed; the following paint is reported beside it;
 * - the hours overview with 5,000 entries: from `root.render()` of the screen until its chart and
 *   tables are on screen and painted, as the first open of the screen after the app started: with
 *   the running totals kept (the usual case), and without (the first visit ever).
 */
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { ReactNode } from 'react';
import { SamspilDb } from '@/db/database';
import { DbContext } from '@/db/react';
import type { Activity } from '@/db/schema';
import { OverviewScreen } from '@/features/volunteer/components/overview-screen';
import { RepeatActivities } from '@/features/volunteer/components/repeat-activities';
import { logActivity } from '@/features/volunteer/data/activities';
import { readHourSummary, saveRunningHours } from '@/features/volunteer/data/totals';
import { initI18n, loadFeatureTexts } from '@/i18n';
import { addDays, todayIso } from '@/lib/dates';
import { encodeHlc } from '@/lib/hlc';
import { newId, newNodeId } from '@/lib/ids';
import type { OverviewRunSample, RepeatRunSample } from '../bench-api';
import { withBenchDb } from './bench-db';

const TYPES = ['cards', 'walk', 'coffee', 'reading', 'music', 'Banko', 'Strikkeklub', 'trip'];

function Providers({ db, children }: { db: SamspilDb; children: ReactNode }) {
  return (
    <DbContext.Provider value={db}>
      <I18nextProvider i18n={initI18n()}>
        <MemoryRouter>{children}</MemoryRouter>
      </I18nextProvider>
    </DbContext.Provider>
  );
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves in the task after the next frame's paint (a message posted from rAF runs after it). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  });

/** Resolves as soon as `find()` returns an element: checked on every DOM change, not per frame. */
function whenInDom<T>(container: HTMLElement, find: () => T | null | undefined): Promise<T> {
  const found = find();
  if (found) return Promise.resolve(found);
  return new Promise<T>((resolve, reject) => {
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error('Timed out waiting for the DOM'));
    }, 20_000);
    const observer = new MutationObserver(() => {
      const hit = find();
      if (!hit) return;
      observer.disconnect();
      clearTimeout(timeout);
      resolve(hit);
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true });
  });
}

function buttonNamed(container: HTMLElement, name: string | RegExp) {
  return [...container.querySelectorAll('button')].find((button) =>
    typeof name === 'string' ? button.textContent === name : name.test(button.textContent),
  );
}

/** Seeds one activity and the running totals, then times `runs` repeats (after `warmup`). */
export function repeatTapToSaved(runs: number, warmup: number): Promise<RepeatRunSample[]> {
  return withBenchDb('repeat', async (db) => {
    await loadFeatureTexts();
    await logActivity(db, {
      date: addDays(todayIso(), -1),
      durationMinutes: 120,
      activityType: 'cards',
    });
    // As after a visit to the overview: each save then updates the running totals too.
    await saveRunningHours(db, await readHourSummary(db, todayIso()));
    const container = document.getElementById('bench-root')!;
    const root = createRoot(container);
    const samples: RepeatRunSample[] = [];
    try {
      root.render(
        <Providers db={db}>
          <RepeatActivities />
        </Providers>,
      );
      for (let run = 0; run < warmup + runs; run += 1) {
        // Tap 1: the recent activity (its confirm button appears).
        const candidate = await whenInDom(container, () => buttonNamed(container, /^Kortspil · /));
        candidate.click();
        const confirm = await whenInDom(container, () => buttonNamed(container, 'Ja, gem'));
        await nextFrame();
        // Tap 2: save. The clock runs until the saved message is in the DOM, then to its paint.
        const start = performance.now();
        confirm.click();
        await whenInDom(container, () =>
          [...container.querySelectorAll('[role="status"]')].find((node) =>
            node.textContent.includes('Gemt på telefonen.'),
          ),
        );
        const saved = performance.now();
        await afterPaint();
        const painted = performance.now();
        if (run >= warmup) samples.push({ savedMs: saved - start, paintedMs: painted - start });
      }
      const count = await db.activities.count();
      if (count !== 1 + warmup + runs)
        throw new Error(`Expected ${1 + warmup + runs} rows, got ${count}`);
      return samples;
    } finally {
      root.unmount();
    }
  });
}

/** `count` activities over about three years, shaped as `mutate()` stores them, in one bulk add. */
async function seedHistory(db: SamspilDb, count: number): Promise<void> {
  const node = newNodeId();
  const today = todayIso();
  const places = [newId(), newId()];
  const rows: Activity[] = [];
  for (let i = 0; i < count; i += 1) {
    const createdAt = Date.UTC(2024, 0, 1) + i * 60_000;
    const hlc = encodeHlc({ millis: createdAt, counter: 0, node });
    const fields = {
      date: addDays(today, -Math.floor((i * 1100) / count)),
      durationMinutes: 30 + (i % 6) * 30,
      activityType: TYPES[i % TYPES.length]!,
      institutionId: places[i % 2]!,
      ...(i % 3 === 0 ? { note: `Spillede kort med beboerne på 2. sal, runde ${i}.` } : {}),
      createdAt,
    };
    const clocks = Object.fromEntries(Object.keys(fields).map((name) => [name, hlc]));
    rows.push({ ...fields, id: newId(), _hlc: clocks });
  }
  await db.activities.bulkAdd(rows);
}

async function renderOverviewOnce(
  db: SamspilDb,
  container: HTMLElement,
): Promise<OverviewRunSample> {
  let root: Root | undefined;
  try {
    root = createRoot(container);
    const start = performance.now();
    root.render(
      <Providers db={db}>
        <OverviewScreen />
      </Providers>,
    );
    await whenInDom(container, () => container.querySelector('.breakdown-table tbody tr'));
    const rendered = performance.now();
    await afterPaint();
    const end = performance.now();
    const bars = container.querySelectorAll('.hours-bar').length;
    return { renderedMs: rendered - start, totalMs: end - start, bars };
  } finally {
    root?.unmount();
  }
}

/**
 * Renders the overview `runs` times, each on its own freshly seeded database of `rowCount`
 * activities, after one untimed warm-up render on a small one. A database of its own per run,
 * because Dexie keeps the results of live queries in a cache per database name for the life of
 * the page: a second render on the same database would time that cache, not IndexedDB. So every
 * sample is "open the overview for the first time since the app started", with warm JIT.
 *
 * `running`: the running totals are kept (the volunteer has opened the overview before, or saved
 * since); without them the first paint waits for every row to be read.
 */
export async function overviewRender(
  rowCount: number,
  runs: number,
  running: boolean,
): Promise<OverviewRunSample[]> {
  const container = document.getElementById('bench-root')!;
  await loadFeatureTexts();
  await withBenchDb('overview-warmup', async (db) => {
    await seedHistory(db, 200);
    await renderOverviewOnce(db, container);
  });
  const samples: OverviewRunSample[] = [];
  for (let run = 0; run < runs; run += 1) {
    samples.push(
      await withBenchDb('overview', async (db) => {
        await seedHistory(db, rowCount);
        if (running) await saveRunningHours(db, await readHourSummary(db, todayIso()));
        // Start from a closed database, as after a restart (the seeding connection is gone).
        db.close();
        const fresh = new SamspilDb(db.name);
        await fresh.open();
        try {
          return await renderOverviewOnce(fresh, container);
        } finally {
          fresh.close();
        }
      }),
    );
    await nextFrame();
  }
  return samples;
}
