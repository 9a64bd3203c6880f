/**
 * PWA state for the shell: a waiting update, offline readiness, the install prompt.
 *
 * UI state only (zustand); nothing here is a copy of stored data.
 */
import { create } from 'zustand';

/** Chromium's `beforeinstallprompt` event (not in TypeScript's DOM library). */
export type InstallPromptEvent = Event & {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
};

/** What the shell shows about the app itself. */
export type PwaState = {
  /** A new version is installed and waiting; `applyUpdate` activates it and reloads. */
  updateWaiting: boolean;
  applyUpdate: (() => void) | undefined;
  /** The app shell is cached for the first time: the app now starts offline. */
  offlineReady: boolean;
  /** The browser's deferred install prompt, where there is one. */
  installPrompt: InstallPromptEvent | undefined;
};

/** The initial state, also used to reset the store in tests. */
export const initialPwaState: PwaState = {
  updateWaiting: false,
  applyUpdate: undefined,
  offlineReady: false,
  installPrompt: undefined,
};

/** The PWA store. */
export const usePwaStore = create<PwaState>()(() => ({ ...initialPwaState }));
