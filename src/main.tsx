import 'dkfds-dist/css/dkfds.min.css';
import './ui/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { openAppDb } from './app/db-instance';
import { preloadHome } from './app/home';
import { initI18n, startLanguage } from './i18n';
import { captureInstallPrompt, registerServiceWorker } from './pwa/register';

captureInstallPrompt();
const i18n = initI18n();
const db = openAppDb();
// Opening on the home: its parts load while the database opens, and the first render waits for
// them (a short while at most), since a part not there yet makes React hold the home back 300 ms.
const HOME_WAIT_MS = 500;
const homeReady =
  window.location.pathname === '/'
    ? Promise.race([
        preloadHome(db).catch(() => undefined), // a part that fails loads again when shown
        new Promise((resolve) => setTimeout(resolve, HOME_WAIT_MS)),
      ])
    : undefined;
// The sync engine (and the wire schemas it validates with) loads after the first screen.
const scheduler = Promise.all([import('./sync'), import('./db/wipe')]).then(
  ([{ fetchTransport, startSyncScheduler }, { wipeLocalData }]) =>
    startSyncScheduler(db, fetchTransport(), {
      // A revoked device (a lost phone) keeps nothing: wipe, and the shell says why.
      onRevoked: () => wipeLocalData(db),
    }),
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// English (when chosen) loads before the first render, so nobody sees a flash of Danish.
void Promise.all([
  startLanguage().catch(() => undefined), // without its chunk the app still works, in Danish
  homeReady,
]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App db={db} i18n={i18n} syncNow={() => void scheduler.then((s) => s.syncNow())} />
    </StrictMode>,
  ),
);
registerServiceWorker();
