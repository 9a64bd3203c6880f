// When sync runs: the scheduler with the real engine against the real server.
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import { joinWithCode } from '@/features/account/data/join';
import {
  fetchTransport,
  initialSyncStatus,
  startSyncScheduler,
  syncStatusStore,
  type SyncScheduler,
  type Transport,
} from '@/sync';
import { freshDb } from '../helpers/db';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let db: SamspilDb;
let scheduler: SyncScheduler | undefined;

const activity = { date: '2026-11-23', durationMinutes: 60, activityType: 'walk', createdAt: 1 };

async function joined(rateLimitPerMinute?: number) {
  server = await startTestServer(rateLimitPerMinute ? { rateLimitPerMinute } : {});
  db = freshDb();
  const result = await joinWithCode(
    db,
    { code: server.code('volunteer'), displayName: 'B' },
    server.fetch,
  );
  if (!result.ok) throw new Error(result.problem);
}

afterEach(async () => {
  scheduler?.stop();
  scheduler = undefined;
  syncStatusStore.setState({ ...initialSyncStatus });
  await server.close();
  await db.delete();
});

describe('sync scheduler', () => {
  it('syncs at start and says everything is synced', async () => {
    await joined();
    scheduler = startSyncScheduler(db, fetchTransport('', server.fetch), { debounceMs: 20 });
    await vi.waitFor(() => expect(syncStatusStore.getState().phase).toBe('idle'));
    expect(syncStatusStore.getState().lastSyncedAt).toBeDefined();
    expect(await db.outbox.count()).toBe(0);
  });

  it('syncs a local write shortly after it is saved', async () => {
    await joined();
    scheduler = startSyncScheduler(db, fetchTransport('', server.fetch), { debounceMs: 20 });
    await vi.waitFor(() => expect(syncStatusStore.getState().phase).toBe('idle'));

    await mutate(db, { table: 'activities', op: 'put', fields: activity });

    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(0));
  });

  it('syncs when the network comes back', async () => {
    await joined();
    let online = false;
    const real = fetchTransport('', server.fetch);
    const flaky: Transport = {
      ...real,
      sync: (request, token) => {
        if (!online) return Promise.reject(new TypeError('Failed to fetch'));
        return real.sync(request, token);
      },
    };
    scheduler = startSyncScheduler(db, flaky, { debounceMs: 20, random: () => 0.99 });
    await vi.waitFor(() => expect(syncStatusStore.getState().phase).toBe('offline'));
    expect(await db.outbox.count()).toBeGreaterThan(0);

    online = true;
    window.dispatchEvent(new Event('online'));

    await vi.waitFor(() => expect(syncStatusStore.getState().phase).toBe('idle'));
    expect(await db.outbox.count()).toBe(0);
  });

  it('waits at least as long as the server’s Retry-After', async () => {
    await joined(2);
    const transport = fetchTransport('', server.fetch);
    scheduler = startSyncScheduler(db, transport, { debounceMs: 20, random: () => 0 });
    // Use up the per-device limit, then ask again.
    await vi.waitFor(() => expect(syncStatusStore.getState().phase).toBe('idle'));
    await scheduler.syncNow();
    await scheduler.syncNow();

    await vi.waitFor(() => expect(syncStatusStore.getState().phase).toBe('retrying'));
    const { code, nextAttemptAt } = syncStatusStore.getState();
    expect(code).toBe('rate_limited');
    // The bare backoff would retry after 1 s; the server asked for more.
    expect((nextAttemptAt ?? 0) - Date.now()).toBeGreaterThan(5_000);
  });
});
