import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  join,
  logActivity,
  syncStatusOf,
  tableRows,
  waitForOutboxSent,
  waitForServiceWorker,
  waitForSync,
} from './helpers';

const RECEIPT = path.join(import.meta.dirname, 'fixtures', 'receipt.jpg');

test('a volunteer works offline for a day; the contact person approves the claim', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const volunteer = await (await browser.newContext()).newPage();
  const contact = await (await browser.newContext()).newPage();
  // The volunteer's clock is ours to move, so the timer can run for an hour and a half.
  await volunteer.clock.install();

  // Ingrid joins, and the first sync brings her institution's info.
  await volunteer.goto('/');
  await waitForServiceWorker(volunteer);
  await join(volunteer, 'volunteer', 'Ingrid');
  await waitForSync(volunteer);
  await expectNoAxeViolations(volunteer, 'volunteer home');

  // No network from here on.
  await volunteer.context().setOffline(true);

  // Two activities from the quick form, one with the timer.
  await logActivity(volunteer, 'Højtlæsning', '30 min.');
  await logActivity(volunteer, 'Gåtur', '1 t.');
  await volunteer.getByRole('button', { name: 'Start', exact: true }).click();
  const running = volunteer.getByRole('timer');
  await expect(running).toHaveText(/I gang siden kl\. \S+ · /);
  const startedAt = /kl\. (\S+) ·/.exec(await running.innerText())?.[1] ?? '';
  await volunteer.clock.fastForward('00:45:00');
  // Closing the app does not stop the timer: opened again (still offline), it runs from the start.
  await volunteer.reload();
  await expect(volunteer.getByRole('timer')).toHaveText(`I gang siden kl. ${startedAt} · 45 min.`);
  await volunteer.clock.fastForward('00:45:00');
  await volunteer.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(volunteer.getByText(/Du var her fra kl\./)).toBeVisible();
  await volunteer.getByText('Kaffe og snak', { exact: true }).click();
  await volunteer.getByRole('button', { name: 'Gem aktivitet' }).click();
  await expect(volunteer.getByText('Gemt på telefonen.', { exact: true })).toBeVisible();

  // An expense with a photo of the receipt, shrunk on the phone.
  await volunteer.getByRole('link', { name: 'Udlæg og kvitteringer' }).click();
  await expectNoAxeViolations(volunteer, 'expenses');
  await volunteer.getByRole('link', { name: 'Nyt udlæg' }).click();
  await volunteer.getByRole('textbox', { name: /Beløb i kroner/ }).fill('125,50');
  await volunteer.getByText('Materialer', { exact: true }).click();
  await volunteer.getByRole('textbox', { name: /Kort beskrivelse/ }).fill('Kaffe og kage');
  await volunteer.getByLabel('Vælg billede').setInputFiles(RECEIPT);
  await expect(volunteer.getByRole('img', { name: 'Billede af kvitteringen' })).toBeVisible({
    timeout: 20_000,
  });
  await expectNoAxeViolations(volunteer, 'expense form');
  await volunteer.getByRole('button', { name: 'Gem udlæg' }).click();
  await expect(volunteer.getByText(/Udlægget er gemt på telefonen/)).toBeVisible();

  const [receipt] = await tableRows(volunteer, 'receipts');
  const receiptBytes = Math.floor((String(receipt?.data).length * 3) / 4);
  expect(receiptBytes).toBeGreaterThan(10_000);
  expect(receiptBytes).toBeLessThanOrEqual(200_000);

  // Reload with no network: everything is still there, waiting.
  await volunteer.reload();
  await expect(volunteer.getByRole('heading', { level: 1, name: 'Nyt udlæg' })).toBeVisible();
  await volunteer.getByRole('link', { name: 'Hjem' }).click();
  await expect(volunteer.getByRole('heading', { level: 1, name: 'Hej Ingrid' })).toBeVisible();
  await expect(syncStatusOf(volunteer)).toContainText('Offline');
  await expect(syncStatusOf(volunteer)).toContainText('5 ændringer venter');
  await volunteer.getByRole('link', { name: 'Aktiviteter' }).click();
  await expect(volunteer.getByText('I alt 3 t. på 3 aktiviteter')).toBeVisible();
  await volunteer.goto('/udlaeg');
  await expect(volunteer.getByText('Indsendt')).toBeVisible();
  await expect(volunteer.getByText('125,50 kr.').first()).toBeVisible();

  // Back online: it all goes to the server by itself.
  await volunteer.context().setOffline(false);
  await expect(syncStatusOf(volunteer)).toHaveText('Alt er synkroniseret.', { timeout: 20_000 });

  // The contact person sees Ingrid's hours (totals only) and her claim, and approves it.
  await join(contact, 'contact', 'Karen');
  await waitForSync(contact);
  await expectNoAxeViolations(contact, 'contact home');
  await contact.getByRole('link', { name: 'Alle frivillige' }).click();
  const ingrid = contact.getByRole('listitem').filter({ hasText: 'Ingrid' });
  await expect(ingrid).toContainText(/Timer: 3 t\. denne måned/);
  await expect(ingrid).toContainText('1 åbent udlæg');
  await expectNoAxeViolations(contact, 'volunteers overview');
  await ingrid.getByRole('link').first().click();
  await expect(contact.getByRole('heading', { level: 1, name: /Ingrid/ })).toBeVisible();
  await expectNoAxeViolations(contact, 'one volunteer');

  await contact.goto('/til-behandling');
  const claim = contact.getByRole('listitem').filter({ hasText: 'Fra Ingrid' });
  await claim.getByRole('button', { name: 'Vis kvittering' }).click();
  await expect(
    claim.getByRole('img', { name: /Kvittering for udlæg på 125,50 kr\./ }),
  ).toBeVisible();
  await expectNoAxeViolations(contact, 'claims to handle');
  await claim.getByRole('button', { name: 'Godkend' }).click();
  await expect(claim.getByText(/Godkendt/)).toBeVisible();
  await contact.getByRole('button', { name: 'Synkroniser nu' }).click();
  await waitForOutboxSent(contact);

  // Ingrid sees the approval after her next sync.
  await volunteer.getByRole('button', { name: 'Synkroniser nu' }).click();
  await expect(volunteer.getByText('Godkendt')).toBeVisible({ timeout: 15_000 });
});
