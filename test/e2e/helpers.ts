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
