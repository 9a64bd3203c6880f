import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { demoCode } from './demo-codes';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  joinWithCode,
  logActivity,
  waitForOutboxSent,
  waitForServiceWorker,
  waitForSync,
} from './helpers';

// Its own place and team, so the totals are this test's alone (the e2e database is shared).
const PLACE = `Egely Plejecenter ${Date.now().toString(36).slice(-4)}`;
const TEAM = `Team ${PLACE}`;
const TIP_TITLE = 'Sig goddag med navn';

/** The admin's side, through the API: a place, a team, and one invitation code per role. */
async function setUpPlace(request: APIRequestContext) {
  const redeemed = await request.post('/v1/auth/redeem', {
    data: { code: await demoCode('admin') },
  });
  const { accessToken } = (await redeemed.json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}` };
  async function post<T>(url: string, data: unknown): Promise<T> {
    const response = await request.post(url, { headers, data });
    expect(response.ok(), `${url}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  }
  const institution = await post<{ id: string }>('/v1/admin/institutions', { name: PLACE });
  const team = await post<{ id: string }>('/v1/admin/teams', {
    institutionId: institution.id,
    name: TEAM,
  });
  const invite = async (
    role: string,
    teamId: string | null,
    institutionId: string | null = institution.id,
  ) =>
    (await post<{ code: string }>('/v1/admin/invitations', { role, institutionId, teamId })).code;
  return {
    volunteer: await invite('volunteer', null),
    contact: await invite('contact', team.id),
    // The leader follows the whole municipality, not one place.
    leader: await invite('leader', null, null),
  };
}

/** This month as the CSV writes it (yyyy-mm), on the municipality's clock. */
function thisMonth(): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
  }).format(new Date());
}

test('the leader sees a place’s hours, a team’s checklist and a tip’s readers, offline, as totals', async ({
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  const codes = await setUpPlace(request);
  const volunteer = await (await browser.newContext()).newPage();
  const contact = await (await browser.newContext()).newPage();
  // The leader reads on a small phone: 320 CSS px.
  const leader = await (
    await browser.newContext({ viewport: { width: 320, height: 720 } })
  ).newPage();

  // A volunteer logs an hour and a half in two activities.
  await joinWithCode(volunteer, codes.volunteer, 'Asta');
  await waitForSync(volunteer);
  await logActivity(volunteer, 'Højtlæsning', '1 t.');
  await logActivity(volunteer, 'Gåtur', '30 min.');
  await waitForOutboxSent(volunteer);

  // The contact person starts the team's preparation checklist, ticks one item, and writes a tip
  // for the place's volunteers.
  await joinWithCode(contact, codes.contact, 'Karen');
  await waitForSync(contact);
  await contact.getByRole('link', { name: 'Tjeklister' }).first().click();
  await contact.getByRole('radio', { name: 'Forberedelse' }).check();
  await contact.getByRole('button', { name: 'Opret tjekliste' }).click();
  await expect(contact.getByRole('heading', { level: 1, name: 'Forberedelse' })).toBeVisible();
  await contact.getByRole('checkbox').first().check();
  const progress = contact.getByRole('progressbar', { name: /^1 af \d+ punkter er klaret$/ });
  const items = Number(/^1 af (\d+)/.exec((await progress.getAttribute('aria-label')) ?? '')?.[1]);
  expect(items).toBeGreaterThan(1);

  // The tip form is on the contact person's home screen.
  await contact.getByRole('link', { name: 'Hjem' }).click();
  await contact.getByRole('textbox', { name: 'Overskrift' }).fill(TIP_TITLE);
  await contact
    .getByRole('textbox', { name: /^Tippet/ })
    .fill('Sig dit navn, når du kommer ind. Det gør det lettere for alle.');
  await contact.getByRole('radio', { name: 'Stedets frivillige' }).check();
  await contact.getByRole('button', { name: 'Gem tip' }).click();
  await expect(contact.getByText('Tippet er gemt på telefonen.')).toBeVisible();
  await contact.getByRole('button', { name: 'Synkroniser nu' }).click();
  await waitForOutboxSent(contact);

  // The volunteer reads it after the next sync.
  await volunteer.getByRole('button', { name: 'Synkroniser nu' }).click();
  await expect(volunteer.getByText(`Nyt tip: ${TIP_TITLE}`)).toBeVisible({ timeout: 15_000 });
  await volunteer
    .getByRole('link', { name: /Læs tippet/ })
    .first()
    .click();
  await expect(volunteer.getByRole('heading', { level: 1, name: TIP_TITLE })).toBeVisible();
  await waitForOutboxSent(volunteer);

  // The leader joins, syncs, and reads the totals with no network after a reload.
  await leader.goto('/');
  await waitForServiceWorker(leader);
  await joinWithCode(leader, codes.leader, 'Lone');
  await waitForSync(leader);
  await leader.context().setOffline(true);
  await leader.reload();
  await expect(leader.getByRole('heading', { level: 1, name: 'Hej Lone' })).toBeVisible();

  const byPlace = leader.getByRole('table', { name: 'Pr. sted, 12 måneder' });
  await expect(byPlace.getByRole('row').filter({ hasText: PLACE }).getByRole('cell')).toHaveText([
    '1,5',
    '2',
    '1',
  ]);
  await leader.getByRole('combobox', { name: 'Sted' }).selectOption({ label: PLACE });
  await expect(
    leader.getByRole('table', { name: `Timer pr. måned: ${PLACE}` }).getByRole('cell', {
      name: '1,5',
      exact: true,
    }),
  ).toHaveCount(1);

  const checklists = leader.getByRole('table', { name: `Tjeklister for ${TEAM}` });
  await expect(
    checklists.getByRole('row').filter({ hasText: 'Forberedelse' }).getByRole('cell'),
  ).toHaveText(['1', String(items), /%$/]);
  await expect(leader.getByText(`I alt: 1 af ${items} punkter`)).toBeVisible();

  // Totals only: no person's name reaches the leader's phone.
  await expect(leader.locator('main')).not.toContainText('Asta');
  await expect(leader.locator('main')).not.toContainText('Karen');

  await expectNoAxeViolations(leader, 'leader overview, 320 px');
  await expectNoHorizontalScroll(leader, 'leader overview, 320 px');

  // The hours as a file for the spreadsheet, made on the phone while offline.
  const [download] = await Promise.all([
    leader.waitForEvent('download'),
    // The button's name goes on with the section's, hidden from the eye.
    leader
      .getByRole('button', { name: /^Hent CSV\s*: Frivilliges timer pr\. sted og måned$/ })
      .click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^frivilliges-timer-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFFSted;Måned;Timer;Aktiviteter;Frivillige\r\n')).toBe(true);
  expect(csv).toContain(`\r\n${PLACE};${thisMonth()};1,50;2;1\r\n`);

  // The tip went to the place's people: the volunteer read it; its writer does not count.
  const tips = leader.getByRole('table', { name: 'Læst af modtagerne' });
  const tipRow = tips.getByRole('row').filter({ hasText: TIP_TITLE });
  await expect(tipRow.getByRole('cell')).toHaveText([
    /^Uge \d+, \d{4}$/,
    `Frivillige på ${PLACE}`,
    '1',
    '1',
    /^100\s%$/,
  ]);
  await expect(leader.getByText(/^1 af 1 · 100\s%$/).first()).toBeVisible();
});
