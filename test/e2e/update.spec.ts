import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { waitForServiceWorker } from './helpers';

// Its own server over a copy of dist/, so publishing "a new version" here cannot disturb the
// other specs that share the main test server.
let dist: string;
let server: FastifyInstance;
let origin: string;

test.beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'samspil-update-'));
  cpSync('dist', dist, { recursive: true });
  server = await buildApp({ distDir: dist, logger: false });
  origin = await server.listen({ host: '127.0.0.1', port: 0 });
});

test.afterAll(async () => {
  await server.close();
  rmSync(dist, { recursive: true, force: true });
});

test('a new version waits for the user’s tap and never reloads by itself', async ({ page }) => {
  await page.goto(origin);
  await waitForServiceWorker(page);
  const name = page.getByRole('textbox', { name: /Dit fornavn/ });
  await name.fill('Birthe');

  // Publish a new version: any byte change to sw.js makes the browser install it.
  appendFileSync(path.join(dist, 'sw.js'), '\n// a new release\n');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });

  await expect(page.getByText('Ny version klar – genindlæs')).toBeVisible({ timeout: 20_000 });
  // Someone is typing: the page must not reload by itself.
  await page.waitForTimeout(1500);
  await expect(name).toHaveValue('Birthe');

  await Promise.all([
    page.waitForEvent('framenavigated'),
    page.getByRole('button', { name: 'Genindlæs' }).click(),
  ]);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Velkommen til Samspil' }),
  ).toBeVisible();
  await expect(page.getByText('Ny version klar – genindlæs')).toBeHidden();
  const waiting = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null,
  );
  expect(waiting).toBeNull();
});
