/**
 * The browser's storage promises: persistence and quota.
 *
 * Safari and Chromium may evict a site's IndexedDB under pressure unless persistence is granted;
 * Safari also deletes it after 7 days without use unless the app is installed. We ask once there is
 * data worth keeping and show the answer.
 */

/** What the browser says about our storage. */
export type StorageStatus = {
  /** `undefined` when the browser has no Storage API (then nothing can be promised). */
  persisted: boolean | undefined;
  usage: number | undefined;
  quota: number | undefined;
};

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : undefined;
}

/** Reads persistence and usage without asking the user anything. */
export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  if (!storage) return { persisted: undefined, usage: undefined, quota: undefined };
  // Older Safari has navigator.storage without every method; check each one.
  const [persisted, estimate] = await Promise.all([
    'persisted' in storage ? storage.persisted() : Promise.resolve(undefined),
    'estimate' in storage ? storage.estimate() : Promise.resolve(undefined),
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/** Asks for persistent storage; resolves to the browser's answer (`undefined`: not supported). */
export async function requestPersistence(): Promise<boolean | undefined> {
  const storage = storageManager();
  if (!storage || !('persist' in storage)) return undefined;
  if (await storage.persisted()) return true;
  return storage.persist();
}
