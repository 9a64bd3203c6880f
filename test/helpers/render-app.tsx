import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '@/app/app';
import { AppRoutes } from '@/app/router';
import { initialShellState, useShellStore } from '@/app/store';
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { Role } from '@/db/schema';
import { changeLanguage, initI18n, loadFeatureTexts } from '@/i18n';
import { initialPwaState, usePwaStore } from '@/pwa/store';
import { freshDb } from './db';

/** What a rendered app test gets back. */
export type RenderedApp = RenderResult & { db: SamspilDb; user: UserEvent };

/** Saves a profile with `role`, as the first-run step would. */
export async function signInAs(db: SamspilDb, role: Role, displayName = 'Birthe') {
  await mutate(db, { table: 'profile', op: 'put', fields: { role, displayName } });
}

/**
 * Renders the whole app at `path` on a fresh database, in Danish, with fresh UI stores.
 */
export async function renderApp(
  path: string,
  options: { role?: Role; db?: SamspilDb } = {},
): Promise<RenderedApp> {
  const db = options.db ?? freshDb();
  if (options.role) await signInAs(db, options.role);
  useShellStore.setState({ ...initialShellState });
  usePwaStore.setState({ ...initialPwaState });
  const i18n = initI18n();
  await changeLanguage('da');
  await loadFeatureTexts();
  const user = userEvent.setup();
  const result = render(
    <AppProviders db={db} i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...result, db, user };
}
