import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import type { SamspilDb } from '@/db/database';
import { DbContext } from '@/db/react';
import { ErrorBoundary } from '@/ui/error-boundary';
import { RouteError } from './route-error';
import { AppRoutes } from './router';
import { SyncNowContext } from './sync-context';

/** Providers around the screens: the database, i18n, the root error boundary. */
export function AppProviders({
  db,
  i18n,
  children,
}: {
  db: SamspilDb;
  i18n: I18n;
  children: ReactNode;
}) {
  return (
    <DbContext.Provider value={db}>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary fallback={<RouteError />}>{children}</ErrorBoundary>
      </I18nextProvider>
    </DbContext.Provider>
  );
}

/** The running app. Tests use `AppProviders` + `AppRoutes` inside a `MemoryRouter`. */
export function App({ db, i18n, syncNow }: { db: SamspilDb; i18n: I18n; syncNow: () => void }) {
  return (
    <AppProviders db={db} i18n={i18n}>
      <SyncNowContext.Provider value={syncNow}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </SyncNowContext.Provider>
    </AppProviders>
  );
}
