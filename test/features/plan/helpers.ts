import { screen } from '@testing-library/react';
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { Role } from '@/db/schema';
import { freshDb } from '../../helpers/db';
import { renderApp } from '../../helpers/render-app';
export { expectNoAxeViolations } from '../../helpers/axe';

/** Opens the app at `path` as a team member with a name (ticks carry it). */
export async function openAs(
  role: Role,
  path: string,
  options: { db?: SamspilDb; name?: string } = {},
) {
  const db = options.db ?? freshDb();
  await mutate(db, {
    table: 'profile',
    op: 'put',
    fields: { role, displayName: options.name ?? 'Jonas' },
  });
  const rendered = await renderApp(path, { db });
  await screen.findByRole('heading', { level: 1 });
  return rendered;
}
