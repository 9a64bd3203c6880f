import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, join, logActivity } from './helpers';

const statusOf = (page: Page) =>
  page.getByRole('status').filter({ hasText: /synkroniseret|venter|Offline|koblet/ });

/** Opens `path` (in-app, after the shell has loaded), waits for its h1, runs axe, checks 320 px. */
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

test('the volunteer’s introduction, info, hours, expenses and concern screens pass axe at 320 px', async ({
  page,
}) => {
  await join(page, 'volunteer', 'Sofie');
  await expect(statusOf(page)).toHaveText('Alt er synkroniseret.', { timeout: 15_000 });
  await logActivity(page, 'Højtlæsning', '1 t.');

  await check(page, '/introduktion', /introduktion/i);
  await page.getByRole('checkbox').first().check();
  await expectNoAxeViolations(page, 'introduction with a ticked item');
  await check(page, '/tavshedspligt', /tavshedspligt/i);
  await check(page, '/attester', /attester/i);
  await check(page, '/praktisk-info', /.+/);
  await check(page, '/oversigt', 'Dine timer');
  await check(page, '/oversigt/udtalelse', /.+/);
  await check(page, '/udlaeg', 'Dine udlæg');
  await check(page, '/udlaeg/nyt', 'Nyt udlæg');
  await page.getByRole('button', { name: 'Gem udlæg' }).click();
  await expect(page.getByText('Skriv beløbet.')).toBeVisible();
  await expectNoAxeViolations(page, 'expense form with errors');
  await check(page, '/bekymring', 'Bekymret for en borger?');
  await page.getByRole('button', { name: 'Send til kontaktpersonen' }).click();
  await expect(page.getByText('Vælg hvornår det passer dig.')).toBeVisible();
  await expectNoAxeViolations(page, 'concern form with errors');

  await page.goto('/aktiviteter');
  await page
    .getByRole('link', { name: /Højtlæsning/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ret aktivitet' })).toBeVisible();
  await expectNoAxeViolations(page, 'edit activity');
});

test('the contact person’s volunteer screens pass axe at 320 px', async ({ page }) => {
  await join(page, 'contact', 'Mads');
  await expect(statusOf(page)).toHaveText('Alt er synkroniseret.', { timeout: 15_000 });
  await check(page, '/frivillige', 'Frivillige');
  await check(page, '/til-behandling', 'Udlæg og henvendelser');
  await check(page, '/stedets-oplysninger', 'Stedets oplysninger');
});
