// When sync runs, against a scripted server: the return to the foreground, the timer, and one tab
// at a time through Web Locks (jsdom has none, so a stub with the browser's semantics stands in).
import { SamspilDb } from '@/db/database';
import { encodeHlc } from '@/lib/hlc';
import type { SyncResponse } from '@/protocol/sync';
import {
  initialSyncStatus,
  saveSession,
  startSyncScheduler,
  syncStatusStore,
  type SyncScheduler,
  type Transport,
} from '@/sync';
import { freshDb } from '../helpers/db';

const INTERVAL_MS = 60_000;
const realSetTimeout = globalThis.setTimeout;

/** Waits (in real time) until `check` holds, failing after 2 s. */
async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => realSetTimeout(resolve, 5));
  }
}

/**
 * A server that answers every sync with nothing new, records which tab called and whether two
 * calls were ever under way at once, and can hold its answers until `release()`.
 */
const servers: { release: () => void }[] = [];

function scriptedServer() {
  let active = 0;
  let open: Promise<void> = Promise.resolve();
  let release = () => {};
  const server = {
    calls: [] as string[],
    overlapped: false,
    hold() {
      open = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
    transport(tab: string): Transport {
      return {
        async sync(request) {
          server.calls.push(tab);
          active++;
          if (active > 1) server.overlapped = true;
          await open;
          active--;
          const body: SyncResponse = {
            serverHlc: encodeHlc({ millis: Date.now(), counter: 0, node: 'ffffffffffffffff' }),
            serverEpoch: 'epoch-1',
            ack: { lastMutationId: request.push.mutations.at(-1)?.id ?? 0, rejected: [] },
            pull: { rows: [], cursor: request.pull.cursor, hasMore: false },
          };
          return { ok: true, body };
        },
        refresh: () => Promise.reject(new Error('the session does not expire in these tests')),
      };
    },
  };
  servers.push(server);
  return server;
}

/**
 * `navigator.locks.request(name, { ifAvailable: true }, callback)` as browsers run it: the
 * callback gets a lock when nobody holds `name`, else `null`; the lock is held until the
 * callback's promise settles. Counts the refusals.
 */
function installLocks() {
  const held = new Set<string>();
  const locks = {
    refused: 0,
    async request(
      name: string,
      options: { ifAvailable?: boolean },
      callback: (lock: { name: string } | null) => Promise<unknown>,
    ): Promise<unknown> {
      if (held.has(name)) {
        if (!options.ifAvailable) throw new Error('the stub only grants locks if available');
        locks.refused++;
        return callback(null);
      }
      held.add(name);
      try {
        // Browsers call back in a later task, never inside request().
        await Promise.resolve();
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
  };
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
  return locks;
}

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

async function signedIn(db: SamspilDb) {
  await saveSession(db, {
    accessToken: 'a',
    refreshToken: 'r',
    accessExpiresAt: Date.now() + 3_600_000,
    deviceId: '01900000-0000-7000-8000-000000000001',
    userId: '01900000-0000-7000-8000-0000000000ff',
    role: 'volunteer',
    institutionId: null,
    teamId: null,
  });
}

const synced = () => syncStatusStore.getState().lastSyncedAt !== undefined;

let db: SamspilDb;
const schedulers: SyncScheduler[] = [];
const extraDbs: SamspilDb[] = [];

beforeEach(async () => {
  // Only the scheduler's timers are fake; fake-indexeddb keeps its real setImmediate.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  db = freshDb();
  await signedIn(db);
});

afterEach(async () => {
  for (const server of servers.splice(0)) server.release();
  for (const scheduler of schedulers.splice(0)) {
    scheduler.stop();
    // Lets a run under way finish (a stopped scheduler starts no new one), so it cannot touch
    // the next test's status.
    await scheduler.syncNow();
  }
  vi.useRealTimers();
  delete (navigator as { locks?: unknown }).locks;
  delete (document as { visibilityState?: unknown }).visibilityState;
  syncStatusStore.setState({ ...initialSyncStatus });
  for (const other of extraDbs.splice(0)) other.close();
  await db.delete();
});

function start(database: SamspilDb, transport: Transport): SyncScheduler {
  const scheduler = startSyncScheduler(database, transport, { intervalMs: INTERVAL_MS });
  schedulers.push(scheduler);
  return scheduler;
}

describe('sync scheduler triggers', () => {
  it('syncs when the app returns to the foreground, not when it leaves', async () => {
    const server = scriptedServer();
    start(db, server.transport('tab'));
    await until(synced);

    setVisibility('hidden');
    // A run marks itself `syncing` before its first await, so none started.
    expect(syncStatusStore.getState().phase).toBe('idle');

    setVisibility('visible');
    expect(syncStatusStore.getState().phase).toBe('syncing');
    await until(() => server.calls.length === 2);
  });

  it('syncs again when the interval has passed, not before', async () => {
    const server = scriptedServer();
    start(db, server.transport('tab'));
    await until(synced);

    await vi.advanceTimersByTimeAsync(INTERVAL_MS - 1);
    expect(server.calls).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1);
    await until(() => server.calls.length === 2);
  });

  it('lets one tab sync at a time, and the tab that waited syncs on its timer', async () => {
    const locks = installLocks();
    const server = scriptedServer();
    server.hold();
    const otherTab = new SamspilDb(db.name);
    extraDbs.push(otherTab);

    start(db, server.transport('A'));
    await until(() => server.calls.length === 1);
    start(otherTab, server.transport('B'));
    await until(() => locks.refused === 1 || server.calls.includes('B'));
    expect(server.calls).toEqual(['A']);

    server.release();
    await until(synced);
    expect(server.calls).toEqual(['A']);

    await vi.advanceTimersByTimeAsync(INTERVAL_MS);
    await until(() => server.calls.includes('B'));
    expect(server.overlapped).toBe(false);
  });
});
