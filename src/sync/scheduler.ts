/**
 * When sync runs: at start, when the network returns, when the app comes to the foreground, shortly
 * after local writes, and on a timer. One tab at a time (Web Locks); failures back off with jitter.
 */
import { liveQuery } from 'dexie';
import type { SamspilDb } from '@/db/database';
import { backoffDelay } from './backoff';
import { runSync, type EngineOptions, type SyncOutcome } from './engine';
import { syncStatusStore, type SyncPhase } from './status';
import type { Transport } from './transport';

/** Tunables, with defaults for a phone. */
export type SchedulerOptions = EngineOptions & {
  /** Wait this long after the last local write before syncing it. */
  debounceMs?: number;
  /** Sync at least this often while the app is open. */
  intervalMs?: number;
  random?: () => number;
};

/** A running scheduler. */
export type SyncScheduler = {
  /** Sync as soon as possible (the "Synkroniser nu" button). */
  syncNow: () => Promise<void>;
  stop: () => void;
};

const LOCK_NAME = 'samspil-sync';

const PHASE_OF: Record<Exclude<SyncOutcome['kind'], 'synced'>, SyncPhase> = {
  'signed-out': 'signed-out',
  revoked: 'revoked',
  'auth-failed': 'auth-failed',
  'too-old': 'too-old',
  retry: 'retrying',
};

/**
 * Runs `task` holding the cross-tab sync lock; when another tab holds it, runs `otherTabSyncs`
 * instead (that tab syncs for everyone; this one tries again later).
 */
async function withSyncLock(task: () => Promise<void>, otherTabSyncs: () => void): Promise<void> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    await navigator.locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
      if (lock) await task();
      else otherTabSyncs();
    });
    return;
  }
  await task();
}

/** Starts syncing `db` through `transport`; call `stop()` on sign-out or in tests. */
export function startSyncScheduler(
  db: SamspilDb,
  transport: Transport,
  options: SchedulerOptions = {},
): SyncScheduler {
  const debounceMs = options.debounceMs ?? 2_000;
  const intervalMs = options.intervalMs ?? 60_000;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void attempt(), delayMs);
  };

  const attempt = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) return running;
    if (typeof navigator !== 'undefined' && !navigator.onLine) {
      syncStatusStore.setState({ phase: 'offline' });
      return Promise.resolve();
    }
    running = withSyncLock(
      async () => {
        syncStatusStore.setState({ phase: 'syncing' });
        let outcome: SyncOutcome;
        try {
          outcome = await runSync(db, transport, options);
        } catch {
          // fetch threw: no network, DNS, a dropped connection. Nothing was lost; try later.
          failures++;
          const delay = backoffDelay(failures, undefined, options.random);
          syncStatusStore.setState({ phase: 'offline', nextAttemptAt: Date.now() + delay });
          schedule(delay);
          return;
        }
        if (outcome.kind === 'synced') {
          failures = 0;
          syncStatusStore.setState({ phase: 'idle', code: undefined, lastSyncedAt: Date.now() });
          // A change saved during the last round waits for the short timer, not the long one.
          schedule((await db.outbox.count()) > 0 ? debounceMs : intervalMs);
          return;
        }
        const phase = PHASE_OF[outcome.kind];
        if (outcome.kind === 'retry') {
          failures++;
          const delay = backoffDelay(failures, outcome.retryAfterMs, options.random);
          syncStatusStore.setState({
            phase,
            code: outcome.code,
            nextAttemptAt: Date.now() + delay,
          });
          schedule(delay);
          return;
        }
        syncStatusStore.setState({
          phase,
          code: outcome.kind === 'auth-failed' ? outcome.code : undefined,
        });
      },
      () => schedule(intervalMs),
    )
      .catch(() => {
        // Storage failed under the run (the database was closed by a wipe, an upgrade in another
        // tab, or the end of a test). The outbox is intact; try again later unless stopped.
        if (!stopped) schedule(intervalMs);
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  const onOnline = () => void attempt();
  const onVisible = () => {
    if (document.visibilityState === 'visible') void attempt();
  };
  const onOffline = () => syncStatusStore.setState({ phase: 'offline' });
  if (typeof window !== 'undefined') {
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    document.addEventListener('visibilitychange', onVisible);
  }

  // After local writes: the outbox grows; wait for a pause in typing, then sync.
  let lastCount: number | undefined;
  const outboxWatch = liveQuery(() => db.outbox.count()).subscribe({
    next(count) {
      if (lastCount !== undefined && count > lastCount) schedule(debounceMs);
      lastCount = count;
    },
  });

  void attempt();

  return {
    syncNow: () => {
      failures = 0;
      // Asked for while a run is under way (which may have pulled before the latest changes):
      // run once more after it, so "Synkroniser nu" always fetches what is there now.
      return running ? running.then(() => attempt()) : attempt();
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      outboxWatch.unsubscribe();
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', onOnline);
        window.removeEventListener('offline', onOffline);
        document.removeEventListener('visibilitychange', onVisible);
      }
    },
  };
}
