import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, join } from './helpers';

const statusOf = (page: Page) =>
  page.getByRole('status').filter({ hasText: /synkroniseret|venter|Offline|koblet/ });

/** Opens `path`, waits for its h1, runs axe and checks there is no sideways scroll at 320 px. */
async function check(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page, path);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `sideways scroll on ${path}`).toBeLessThanOrEqual(0);
}

test.use({ viewport: { width: 320, height: 640 } });

test('the caseworker’s logbook, tips, checklists and plan pass axe at 320 px', async ({ page }) => {
  await join(page, 'caseworker', 'Ole');
  await expect(statusOf(page)).toHaveText('Alt er synkroniseret.', { timeout: 15_000 });
  await check(page, '/logbog', /.+/);
  await check(page, '/logbog/udskriv', /.+/);
  await check(page, '/tips', /.+/);
  await check(page, '/tjeklister', /.+/);
  await check(page, '/aktivitetsplan', /.+/);
  await check(page, '/aktivitetsplan/ny', /.+/);
});

test('the contact person’s tip, meeting, checklist and plan screens pass axe at 320 px', async ({
  page,
}) => {
  await join(page, 'contact', 'Nina');
  await expect(statusOf(page)).toHaveText('Alt er synkroniseret.', { timeout: 15_000 });
  await check(page, '/tips/nyt', /.+/);
  await check(page, '/erfaringsopsamling', /.+/);
  await check(page, '/tjeklister', /.+/);
  await check(page, '/aktivitetsplan', /.+/);
});
