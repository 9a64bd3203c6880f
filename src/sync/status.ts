/**
 * The sync status the shell shows ("Alt er synkroniseret", "Offline", an error …).
 *
 * A zustand vanilla store: UI state only, no copy of stored rows (pending counts come from Dexie).
 */
import { createStore } from 'zustand/vanilla';
import type { ErrorCode } from '@/protocol/errors';

/** Where sync stands. */
export type SyncPhase =
  | 'idle'
  | 'syncing'
  | 'offline'
  | 'retrying'
  | 'signed-out'
  | 'auth-failed'
  | 'revoked'
  | 'too-old';

/** The status shown in the shell. */
export type SyncStatus = {
  phase: SyncPhase;
  /** The server's error code behind `retrying` or `auth-failed`, if it gave one. */
  code?: ErrorCode | undefined;
  lastSyncedAt?: number | undefined;
  nextAttemptAt?: number | undefined;
};

/**
 * The initial status, also used to reset the store in tests. Every field is named: `setState`
 * merges, so a field left out would survive the reset.
 */
export const initialSyncStatus: SyncStatus = {
  phase: 'idle',
  code: undefined,
  lastSyncedAt: undefined,
  nextAttemptAt: undefined,
};

/** The sync status store. */
export const syncStatusStore = createStore<SyncStatus>()(() => ({ ...initialSyncStatus }));
