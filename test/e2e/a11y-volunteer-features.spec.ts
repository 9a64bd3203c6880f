import { expect, test } from '@playwright/test';
import { checkScreen, expectNoAxeViolations, join, logActivity, waitForSync } from './helpers';

test.use({ viewport: { width: 320, height: 640 } });

test('the volunteer’s introduction, info, hours, expenses and concern screens pass axe at 320 px', async ({
  page,
}) => {
  // Twelve screens, each with axe: a long walk (about 45 s here), like the journeys.
  test.setTimeout(120_000);
  await join(page, 'volunteer', 'Sofie');
  await waitForSync(page);
  await logActivity(page, 'Højtlæsning', '1 t.');

  await checkScreen(page, '/introduktion', /introduktion/i);
  await page.getByRole('checkbox').first().check();
  await expectNoAxeViolations(page, 'introduction with a ticked item');
  await checkScreen(page, '/tavshedspligt', /tavshedspligt/i);
  await checkScreen(page, '/attester', /attester/i);
  await checkScreen(page, '/praktisk-info', /.+/);
  await checkScreen(page, '/oversigt', 'Dine timer');
  await checkScreen(page, '/oversigt/udtalelse', /.+/);
  await checkScreen(page, '/udlaeg', 'Dine udlæg');
  await checkScreen(page, '/udlaeg/nyt', 'Nyt udlæg');
  await page.getByRole('button', { name: 'Gem udlæg' }).click();
  await expect(page.getByText('Skriv beløbet.')).toBeVisible();
  await expectNoAxeViolations(page, 'expense form with errors');
  await checkScreen(page, '/bekymring', 'Bekymret for en borger?');
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
  await waitForSync(page);
  await checkScreen(page, '/frivillige', 'Frivillige');
  await checkScreen(page, '/til-behandling', 'Udlæg og henvendelser');
  await checkScreen(page, '/stedets-oplysninger', 'Stedets oplysninger');
});
