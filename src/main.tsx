import 'dkfds-dist/css/dkfds.min.css';
import './ui/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { openAppDb } from './app/db-instance';
import { initI18n } from './i18n';
import { captureInstallPrompt, registerServiceWorker } from './pwa/register';

captureInstallPrompt();
const i18n = initI18n();
const db = openAppDb();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App db={db} i18n={i18n} />
  </StrictMode>,
);
registerServiceWorker();
