import { test } from '@playwright/test';
import { checkScreen, join, waitForSync } from './helpers';

test.use({ viewport: { width: 320, height: 640 } });

test('the caseworker’s logbook, tips, checklists and plan pass axe at 320 px', async ({ page }) => {
  await join(page, 'caseworker', 'Ole');
  await waitForSync(page);
  await checkScreen(page, '/logbog', /.+/);
  await checkScreen(page, '/logbog/udskriv', /.+/);
  await checkScreen(page, '/tips', /.+/);
  await checkScreen(page, '/tjeklister', /.+/);
  await checkScreen(page, '/aktivitetsplan', /.+/);
  await checkScreen(page, '/aktivitetsplan/ny', /.+/);
});

test('the contact person’s tip, meeting, checklist and plan screens pass axe at 320 px', async ({
  page,
}) => {
  await join(page, 'contact', 'Nina');
  await waitForSync(page);
  await checkScreen(page, '/tips/nyt', /.+/);
  await checkScreen(page, '/erfaringsopsamling', /.+/);
  await checkScreen(page, '/tjeklister', /.+/);
  await checkScreen(page, '/aktivitetsplan', /.+/);
});
