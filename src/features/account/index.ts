/** The account feature's hooks for the shell (screens load lazily from ./screens). */
export { getProfile } from './data/profile';
export { useProfile } from './hooks/use-profile';
export { useHasContent, usePendingChanges, useStorageStatus } from './hooks/use-device-status';
