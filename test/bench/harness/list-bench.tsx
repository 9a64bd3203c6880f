/**
 * Measures the time from "start reading" to "the list is on screen" for a large activity history:
 * `listActivities(db)` reads and sorts every row, React renders `<VirtualList>` with them, and the
 * clock stops after the first painted frame that has rows in the DOM.
 */
import { createRoot } from 'react-dom/client';
import type { SamspilDb } from '@/db/database';
import type { Activity } from '@/db/schema';
import { listActivities } from '@/features/volunteer/data/activities';
import { encodeHlc } from '@/lib/hlc';
import { newId, newNodeId } from '@/lib/ids';
import { VirtualList } from '@/ui/virtual-list';
import type { ListRunSample } from '../bench-api';
import { withBenchDb } from './bench-db';

const TYPES = ['cards', 'walk', 'coffee', 'reading', 'music', 'homework', 'cafe', 'trip'];
const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_FRAMES = 600;

/** Rows shaped as `mutate()` stores them (per-field clocks included), written in one bulk add. */
async function seedActivities(db: SamspilDb, count: number): Promise<void> {
  const node = newNodeId();
  const base = Date.UTC(2023, 0, 1);
  const rows: Activity[] = [];
  for (let i = 0; i < count; i += 1) {
    const createdAt = base + i * 60_000;
    const hlc = encodeHlc({ millis: createdAt, counter: 0, node });
    const fields = {
      date: new Date(base + (i % 1000) * DAY_MS).toISOString().slice(0, 10),
      durationMinutes: 30 + (i % 6) * 30,
      activityType: TYPES[i % TYPES.length]!,
      ...(i % 3 === 0 ? { note: `Spillede kort med beboerne på 2. sal, runde ${i}.` } : {}),
      createdAt,
    };
    const clocks = Object.fromEntries(Object.keys(fields).map((name) => [name, hlc]));
    rows.push({ ...fields, id: newId(), _hlc: clocks });
  }
  await db.activities.bulkAdd(rows);
}

function BenchRow({ activity }: { activity: Activity }) {
  return (
    <>
      <p className="entry-title">{activity.activityType}</p>
      <p className="entry-meta">
        {activity.date} · {activity.durationMinutes} min
      </p>
      {activity.note ? <p className="entry-text">{activity.note}</p> : null}
    </>
  );
}

function ActivityListView({ activities }: { activities: readonly Activity[] }) {
  return (
    <VirtualList
      items={activities}
      getKey={(activity) => activity.id}
      renderItem={(activity) => <BenchRow activity={activity} />}
      label="Aktiviteter"
    />
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

/** Waits frame by frame until rows are in the DOM, then for that frame's paint; the row count. */
async function paintedRows(container: HTMLElement): Promise<number> {
  for (let frame = 0; frame < MAX_FRAMES; frame += 1) {
    await nextFrame();
    if (container.querySelector('.virtual-list-row')) {
      await afterPaint();
      return container.querySelectorAll('.virtual-list-row').length;
    }
  }
  throw new Error(`No list rows after ${MAX_FRAMES} frames`);
}

async function renderOnce(db: SamspilDb, container: HTMLElement): Promise<ListRunSample> {
  const root = createRoot(container);
  try {
    const start = performance.now();
    const activities = await listActivities(db);
    const read = performance.now();
    root.render(<ActivityListView activities={activities} />);
    const domRows = await paintedRows(container);
    const end = performance.now();
    return {
      readMs: read - start,
      renderMs: end - read,
      totalMs: end - start,
      rowCount: activities.length,
      domRows,
    };
  } finally {
    root.unmount();
  }
}

/** Seeds `rowCount` activities, then reads and renders the list `runs` times, one after another. */
export function listRender(rowCount: number, runs: number): Promise<ListRunSample[]> {
  return withBenchDb('list', async (db) => {
    await seedActivities(db, rowCount);
    const container = document.getElementById('bench-root')!;
    const samples: ListRunSample[] = [];
    for (let run = 0; run < runs; run += 1) {
      samples.push(await renderOnce(db, container));
      // Let the unmount settle and the next run start on a fresh frame.
      await nextFrame();
    }
    return samples;
  });
}
