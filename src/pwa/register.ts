/**
 * Service-worker registration through workbox-window.
 *
 * A new version installs in the background and waits. The shell shows "Ny version klar –
 * genindlæs"; only the user's tap activates it and reloads this tab. A version activated from
 * another tab never reloads this one by itself, so nobody loses what they are typing.
 */
import { Workbox } from 'workbox-window';
import { usePwaStore, type InstallPromptEvent } from './store';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Registers `/sw.js` in production builds; a no-op where service workers are unavailable. */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;

  const workbox = new Workbox('/sw.js', { scope: '/' });
  let reloadRequested = false;

  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) usePwaStore.setState({ offlineReady: true });
  });

  workbox.addEventListener('waiting', () => {
    usePwaStore.setState({
      updateWaiting: true,
      applyUpdate: () => {
        reloadRequested = true;
        workbox.messageSkipWaiting();
      },
    });
  });

  workbox.addEventListener('controlling', () => {
    if (reloadRequested) window.location.reload();
  });

  void workbox.register().then((registration) => {
    if (!registration) return;
    const check = () => {
      if (navigator.onLine) void registration.update().catch(() => undefined);
    };
    setInterval(check, UPDATE_CHECK_MS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') check();
    });
  });
}

/**
 * Keeps the browser's install prompt for our own "Installér" button.
 *
 * Must run before React renders: Chromium fires the event once, early.
 */
export function captureInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    usePwaStore.setState({ installPrompt: event as InstallPromptEvent });
  });
  window.addEventListener('appinstalled', () => {
    usePwaStore.setState({ installPrompt: undefined });
  });
}

/** True on iPhone/iPad Safari outside the installed app, where there is no install prompt. */
export function isIosBrowser(nav: Navigator = navigator): boolean {
  const ios =
    /iphone|ipad|ipod/i.test(nav.userAgent) ||
    (nav.userAgent.includes('Macintosh') && nav.maxTouchPoints > 1);
  const standalone = (nav as Navigator & { standalone?: boolean }).standalone === true;
  return ios && !standalone;
}
