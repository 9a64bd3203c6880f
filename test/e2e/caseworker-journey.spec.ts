import { expect, test, type Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  join,
  syncStatusOf,
  tableRows,
  waitForOutboxSent,
  waitForServiceWorker,
  waitForSync,
} from './helpers';

async function writeNote(page: Page, kind: string, text: string) {
  await page.getByText(kind, { exact: true }).click();
  await page.getByRole('textbox', { name: 'Din note' }).fill(text);
  await page.getByRole('button', { name: 'Gem note' }).click();
  await expect(page.getByText('Noten er gemt på telefonen.')).toBeVisible();
}

const QUESTION = 'Hvordan skriver jeg formålet, så borgeren forstår afgørelsen?';
const TIP_TITLE = 'Skriv formålet med borgerens egne ord';

test('a caseworker’s anonymous question becomes the team’s tip, read offline', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const caseworker = await (await browser.newContext()).newPage();
  const contact = await (await browser.newContext()).newPage();

  await caseworker.goto('/');
  await waitForServiceWorker(caseworker);
  await join(caseworker, 'caseworker', 'Pia');
  await waitForSync(caseworker);

  // Offline: two notes, one of them a question, shared with the experience meeting without a name.
  await caseworker.context().setOffline(true);
  await writeNote(caseworker, 'God oplevelse', 'Borgeren fortalte selv, hvad hun kan klare.');
  await writeNote(caseworker, 'Et spørgsmål', QUESTION);
  await caseworker.getByRole('link', { name: 'Logbog' }).click();
  await caseworker
    .getByRole('link', { name: /Hvordan skriver jeg formålet/ })
    .first()
    .click();
  await caseworker.getByText('Uden navn', { exact: true }).click();
  await caseworker.getByRole('button', { name: 'Del noten' }).click();
  await expect(caseworker.getByText(/uden navn\./)).toBeVisible();
  await expectNoAxeViolations(caseworker, 'logbook entry, shared');

  await caseworker.context().setOffline(false);
  await expect(syncStatusOf(caseworker)).toHaveText('Alt er synkroniseret.', { timeout: 20_000 });

  // The contact person sees the question without a name and makes the team's tip of it.
  await join(contact, 'contact', 'Karen');
  await waitForSync(contact);
  await contact.goto('/erfaringsopsamling');
  const question = contact.getByRole('listitem').filter({ hasText: QUESTION }).first();
  await expect(question).toContainText('uden navn');
  await expect(question).not.toContainText('Pia');
  await expectNoAxeViolations(contact, 'experience meeting');
  const [shared] = (await tableRows(contact, 'sharedEntries')).filter((r) => r.text === QUESTION);
  expect(shared).toBeDefined();
  expect(shared?.authorName).toBeUndefined();

  await question
    .getByRole('link', { name: 'Lav et tip af spørgsmålet' })
    .or(question.getByRole('button', { name: 'Lav et tip af spørgsmålet' }))
    .click();
  await contact.getByRole('textbox', { name: 'Overskrift' }).fill(TIP_TITLE);
  await contact.getByText('Mit team', { exact: true }).click();
  await contact.getByRole('button', { name: 'Gem tip' }).click();
  await expect(contact.getByText('Tippet er gemt på telefonen.')).toBeVisible();
  await contact.getByRole('button', { name: 'Synkroniser nu' }).click();
  await waitForOutboxSent(contact);

  // The caseworker's next sync brings the tip and announces it; offline after that, it is still
  // on the home screen after a reload.
  await caseworker.getByRole('link', { name: 'Hjem' }).click();
  await caseworker.getByRole('button', { name: 'Synkroniser nu' }).click();
  await expect(caseworker.getByText(`Nyt tip: ${TIP_TITLE}`)).toBeVisible({ timeout: 15_000 });
  await caseworker.context().setOffline(true);
  await caseworker.reload();
  await expect(caseworker.getByRole('heading', { level: 1, name: 'Hej Pia' })).toBeVisible();
  await expect(caseworker.getByText(TIP_TITLE).first()).toBeVisible();
  await expectNoAxeViolations(caseworker, 'caseworker home with the tip');
});
