import 'dkfds-dist/css/dkfds.min.css';
import './ui/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { openAppDb } from './app/db-instance';
import { initI18n } from './i18n';
import { captureInstallPrompt, registerServiceWorker } from './pwa/register';
import { wipeLocalData } from './db/wipe';
import { fetchTransport, startSyncScheduler } from './sync';

captureInstallPrompt();
const i18n = initI18n();
const db = openAppDb();
const scheduler = startSyncScheduler(db, fetchTransport(), {
  // A revoked device (a lost phone) keeps nothing: wipe, and the shell says why.
  onRevoked: () => wipeLocalData(db),
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App db={db} i18n={i18n} syncNow={() => void scheduler.syncNow()} />
  </StrictMode>,
);
registerServiceWorker();
