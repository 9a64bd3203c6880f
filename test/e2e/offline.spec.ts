import { expect, test } from '@playwright/test';
import { chooseRole, logActivity, waitForServiceWorker } from './helpers';

test('keeps working offline after the first visit', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await chooseRole(page, 'Frivillig');
  await logActivity(page, 'Kortspil', '2 t.');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hej Birthe' })).toBeVisible();
  const recent = page.getByRole('region', { name: 'Seneste aktiviteter' });
  await expect(recent.getByText('Kortspil')).toBeVisible();

  // Write while offline, then reload again with no network: nothing is lost.
  await logActivity(page, 'Gåtur', '1 t.');
  await page.reload();
  await expect(recent.getByText('Gåtur')).toBeVisible();
  await expect(recent.getByText('Kortspil')).toBeVisible();

  // Screens that were never opened load offline too (lazy chunks are precached).
  await page.getByRole('link', { name: 'Aktiviteter' }).click();
  await expect(page.getByText('I alt 3 t. på 2 aktiviteter')).toBeVisible();
  await page.getByRole('link', { name: 'Indstillinger' }).click();
  await expect(page.getByTestId('pending-changes')).toHaveText(/3 ændringer venter \(ældste: /);
});
