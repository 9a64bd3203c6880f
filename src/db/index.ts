/** The local data layer: database, writes, outbox views, storage status. */
export { SamspilDb, DB_NAME } from './database';
export { mutate, type Mutation, type FieldsOf } from './mutate';
export { pendingChanges, type PendingChanges } from './outbox';
export { readStorageStatus, requestPersistence, type StorageStatus } from './storage';
export * from './schema';
