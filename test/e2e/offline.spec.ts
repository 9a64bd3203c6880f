import { expect, test } from '@playwright/test';
import { join, logActivity, waitForOutboxSent, waitForServiceWorker, waitForSync } from './helpers';

test('keeps working offline and syncs when the network is back', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await join(page, 'volunteer');
  await waitForSync(page);
  await logActivity(page, 'Højtlæsning', '2 t.');
  const status = page.getByRole('status').filter({ hasText: /synkroniseret|venter|Offline/ });
  await waitForOutboxSent(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hej Birthe' })).toBeVisible();
  const recent = page.getByRole('region', { name: 'Seneste aktiviteter' });
  await expect(recent.getByText('Højtlæsning')).toBeVisible();

  // Write while offline, then reload again with no network: nothing is lost, and it waits.
  await logActivity(page, 'Gåtur', '1 t.');
  await page.reload();
  await expect(recent.getByText('Gåtur')).toBeVisible();
  await expect(recent.getByText('Højtlæsning')).toBeVisible();
  await expect(status).toContainText('Offline');
  await expect(status).toContainText('1 ændring venter');

  // Screens that were never opened load offline too (lazy chunks are precached).
  await page.getByRole('link', { name: 'Aktiviteter' }).click();
  await expect(page.getByText('I alt 3 t. på 2 aktiviteter')).toBeVisible();
  await page.getByRole('link', { name: 'Indstillinger' }).click();
  await expect(page.getByTestId('pending-changes')).toHaveText(/1 ændring venter \(ældste: /);

  // Back online: the waiting change goes to the server without the user doing anything.
  await context.setOffline(false);
  await expect(status).toHaveText('Alt er synkroniseret.', { timeout: 15_000 });
  await expect(page.getByTestId('pending-changes')).toHaveText('Alle ændringer er sendt.');
});
