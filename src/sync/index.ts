/** The client sync engine's public face. */
export { runSync, type SyncOutcome, type EngineOptions } from './engine';
export { startSyncScheduler, type SyncScheduler, type SchedulerOptions } from './scheduler';
export { syncStatusStore, initialSyncStatus, type SyncStatus, type SyncPhase } from './status';
export { fetchTransport, type Transport, type TransportResult } from './transport';
export {
  readSession,
  saveSession,
  readRejected,
  saveRejected,
  type StoredSession,
  type RejectedChange,
} from './state';
export { backoffDelay } from './backoff';
export { retryRejected, discardRejected } from './rejected';
export { authorizedFetch, type AuthorizedRequest } from './tokens';
