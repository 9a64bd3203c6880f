import { screen } from '@testing-library/react';
import axe from 'axe-core';
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import type { Role } from '@/db/schema';
import { freshDb } from '../../helpers/db';
import { renderApp } from '../../helpers/render-app';

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

/**
 * axe in jsdom: everything but what needs real layout and colour (contrast, target size), which
 * the end-to-end tests check in Chromium.
 */
export async function expectNoAxeViolations(): Promise<void> {
  const result = await axe.run(document.body, {
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
  });
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
  ).toEqual([]);
}
