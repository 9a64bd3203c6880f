import { expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  join,
  logActivity,
  waitForSync,
} from './helpers';

test.use({ viewport: { width: 320, height: 640 } });

test('volunteer screens have no axe violations and fit 320 px', async ({ page }) => {
  await page.goto('/');
  await expectNoAxeViolations(page, 'welcome');
  await page.getByRole('button', { name: 'Kom i gang' }).click();
  await expect(page.getByText('Skriv invitationskoden.')).toBeVisible();
  await expectNoAxeViolations(page, 'welcome with error');
  await page.getByRole('textbox', { name: 'Invitationskode' }).fill('FORKERT');
  await page.getByRole('button', { name: 'Kom i gang' }).click();
  await expect(page.getByText(/Koden virker ikke/)).toBeVisible();
  await expectNoAxeViolations(page, 'welcome with a wrong code');

  await join(page, 'volunteer');
  await waitForSync(page);
  await expectNoAxeViolations(page, 'volunteer home');
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Gem aktivitet' }).click();
  await expect(page.getByText('Vælg hvor længe.')).toBeVisible();
  await expectNoAxeViolations(page, 'volunteer home with errors');

  await logActivity(page, 'Højtlæsning', '2 t.');
  await expectNoAxeViolations(page, 'volunteer home after saving');

  await page.getByRole('link', { name: 'Aktiviteter' }).click();
  await expect(page.getByText(/I alt/)).toBeVisible();
  await expectNoAxeViolations(page, 'activities');
  await expectNoHorizontalScroll(page);

  await page.getByRole('link', { name: 'Indstillinger' }).click();
  await expect(page.getByTestId('pending-changes')).toBeVisible();
  await expectNoAxeViolations(page, 'settings');
  await expectNoHorizontalScroll(page);

  await page.goto('/findes-ikke');
  await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
  await expectNoAxeViolations(page, 'not found');
});

test('caseworker screens have no axe violations', async ({ page }) => {
  await join(page, 'caseworker', 'Lene');
  await expectNoAxeViolations(page, 'caseworker home');
  await page
    .getByRole('textbox', { name: 'Din note' })
    .fill('Hvordan skriver jeg en god afgørelse?');
  await page.getByRole('button', { name: 'Gem note' }).click();
  await expect(page.getByText('Noten er gemt på telefonen.')).toBeVisible();
  await page.getByRole('link', { name: 'Logbog' }).click();
  await expect(page.getByText('1 note')).toBeVisible();
  await expectNoAxeViolations(page, 'logbook');
  await expectNoHorizontalScroll(page);
});

test('contact person screens have no axe violations', async ({ page }) => {
  await join(page, 'contact', 'Jonas');
  await expectNoAxeViolations(page, 'contact home');
  await page.getByRole('textbox', { name: 'Overskrift' }).fill('Lyt efter ressourcerne');
  await page.getByRole('textbox', { name: 'Tippet' }).fill('Spørg hvad borgeren selv kan.');
  await page.getByRole('button', { name: 'Gem tip' }).click();
  await expect(page.getByText('Tippet er gemt på telefonen.')).toBeVisible();
  await page.getByRole('link', { name: 'Tips', exact: true }).click();
  await expect(page.getByRole('link', { name: /Lyt efter ressourcerne/ }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'tips');
});

test('inviting a volunteer has no axe violations and fits 320 px', async ({ page }) => {
  await join(page, 'contact', 'Hanne');
  await page.getByRole('link', { name: 'Inviter en frivillig' }).click();
  await page.getByRole('textbox', { name: /Hvor mange gange/ }).fill('0');
  await page.getByRole('button', { name: 'Lav koden' }).click();
  await expect(page.getByText('Skriv et helt tal fra 1 til 1000.')).toBeVisible();
  await expectNoAxeViolations(page, 'invite a volunteer with an error');
  await page.getByRole('textbox', { name: /Hvor mange gange/ }).fill('1');
  await page.getByRole('button', { name: 'Lav koden' }).click();
  await expect(page.getByRole('heading', { name: 'Koden er klar' })).toBeVisible();
  await expectNoAxeViolations(page, 'a new invitation code');
  await expectNoHorizontalScroll(page);
});

test('admin screens have no axe violations and fit 320 px', async ({ page }) => {
  await join(page, 'admin', 'Anna');
  await waitForSync(page);
  await expectNoAxeViolations(page, 'admin home');
  await page.getByRole('link', { name: 'Telefoner' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Anna (denne telefon)' })).toBeVisible();
  await expectNoAxeViolations(page, 'phones');
  await expectNoHorizontalScroll(page);
  await page.goto('/invitationer');
  await page.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: 'Sagsbehandler' });
  await page.getByRole('button', { name: 'Lav koden' }).click();
  await expect(page.getByText('Vælg det sted, personen skal høre til.')).toBeVisible();
  await expectNoAxeViolations(page, 'invitation with an error');
  await expectNoHorizontalScroll(page);
  await page.goto('/steder');
  await expect(page.getByRole('heading', { name: 'Nyt sted' })).toBeVisible();
  await expectNoAxeViolations(page, 'places and teams');
  await expectNoHorizontalScroll(page);
});

test('an activity can be logged with the keyboard alone', async ({ page }) => {
  await join(page, 'volunteer');
  await waitForSync(page);
  // Tab into the activity-type chips, pick with the arrow keys, on to the durations, submit.
  await page.getByRole('radio', { name: 'Højtlæsning' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Gåtur' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: '30 min.', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Gem aktivitet' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Gemt på telefonen.')).toBeVisible();

  // Focus is visible on the chips (the input is hidden, so its label carries the outline).
  await page.getByRole('radio', { name: 'Højtlæsning' }).focus();
  await page.keyboard.press('ArrowLeft');
  const outline = await page
    .locator('input:focus + label')
    .evaluate((label) => getComputedStyle(label).outlineStyle);
  expect(outline).toBe('solid');
});
