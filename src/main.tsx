import 'dkfds-dist/css/dkfds.min.css';
import './ui/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { openAppDb } from './app/db-instance';
import { initI18n, startLanguage } from './i18n';
import { captureInstallPrompt, registerServiceWorker } from './pwa/register';

captureInstallPrompt();
const i18n = initI18n();
const db = openAppDb();
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
void startLanguage()
  .catch(() => undefined) // without its chunk the app still works, in Danish
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App db={db} i18n={i18n} syncNow={() => void scheduler.then((s) => s.syncNow())} />
      </StrictMode>,
    ),
  );
registerServiceWorker();
