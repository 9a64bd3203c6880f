import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { demoCode } from './demo-codes';

/** Waits until the service worker controls the page (not only `ready`): then reloads work offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** Joins with the demo invitation code for `role`, with a first name, and lands on home. */
export async function join(
  page: Page,
  role: 'volunteer' | 'caseworker' | 'contact',
  name = 'Birthe',
): Promise<void> {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Velkommen til Samspil' }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Invitationskode' }).fill(await demoCode(role));
  await page.getByRole('textbox', { name: /Dit fornavn/ }).fill(name);
  await page.getByRole('button', { name: 'Kom i gang' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Hej ${name}` })).toBeVisible();
}

/**
 * Waits until the shell says everything is synced: after joining, the first sync brings the
 * institution's own activity types, which replace the built-in ones on the volunteer's form.
 */
export async function waitForSync(page: Page): Promise<void> {
  await expect(
    page.getByRole('status').filter({ hasText: /synkroniseret|venter|Offline|koblet/ }),
  ).toHaveText('Alt er synkroniseret.', { timeout: 15_000 });
}

/** Waits until every saved change has reached the server (the outbox is empty) and it says so. */
export async function waitForOutboxSent(page: Page): Promise<void> {
  const pending = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('samspil');
          open.onerror = () => reject(new Error('cannot open samspil'));
          open.onsuccess = () => {
            const count = open.result.transaction('outbox').objectStore('outbox').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
  await expect.poll(pending, { timeout: 15_000 }).toBe(0);
  await waitForSync(page);
}

/** Logs one activity from the volunteer home screen and waits for "saved". */
export async function logActivity(page: Page, type: string, duration: string): Promise<void> {
  await page.getByText(type, { exact: true }).click();
  await page.getByText(duration, { exact: true }).click();
  await page.getByRole('button', { name: 'Gem aktivitet' }).click();
  await expect(page.getByText('Gemt på telefonen.', { exact: true })).toBeVisible();
}

/** Runs axe with the WCAG 2.1 A and AA rules and expects no violations. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}
