import { screen } from '@testing-library/react';
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import { renderApp, type RenderedApp } from '../../helpers/render-app';

/** Screens load lazily; the first one in a worker waits for its modules to compile. */
export const SLOW = { timeout: 15_000 };

/** Renders the app as a volunteer at `path` and waits until `heading` (an h1 or h2) is shown. */
export async function openAsVolunteer(
  path: string,
  heading: string | RegExp,
  db?: SamspilDb,
  options: { signedIn?: boolean } = {},
): Promise<RenderedApp> {
  // `signedIn`: the test saved its own profile (with an institution), so do not add a second one.
  const app = await renderApp(path, {
    ...(options.signedIn ? {} : { role: 'volunteer' as const }),
    ...(db ? { db } : {}),
  });
  await screen.findByRole('heading', { name: heading }, SLOW);
  return app;
}

/** Saves an activity as the form would (through mutate), for tests that start with history. */
export function seedActivity(
  db: SamspilDb,
  fields: {
    date: string;
    durationMinutes: number;
    activityType: string;
    institutionId?: string;
    note?: string;
    startTime?: string;
    participants?: number;
  },
  createdAt = Date.now(),
) {
  return mutate(db, { table: 'activities', op: 'put', fields: { ...fields, createdAt } });
}

/** Saves an institution row as sync would deliver it. */
export function seedInstitution(db: SamspilDb, name: string, activityTypes?: string[]) {
  return mutate(db, {
    table: 'institutions',
    op: 'put',
    fields: { name, ...(activityTypes ? { activityTypes } : {}) },
  });
}
