import { expect, test, type Page } from '@playwright/test';
import { demoCode } from './demo-codes';
import {
  join,
  joinWithCode,
  logActivity,
  syncStatusOf,
  tableRow,
  tableRows,
  waitForSync,
} from './helpers';

/** This device's id, read from its IndexedDB session. */
async function deviceIdOf(page: Page): Promise<string> {
  const session = (await tableRow(page, 'syncState', 'session'))?.value as
    { deviceId?: string } | undefined;
  if (!session?.deviceId) throw new Error('no session');
  return session.deviceId;
}

test('one person’s two phones meet after sync, and a revoked phone wipes itself', async ({
  browser,
  request,
}) => {
  const phone = await (await browser.newContext()).newPage();
  const tablet = await (await browser.newContext()).newPage();

  // Birthe joins on her phone, then adds her tablet with a one-time code.
  await join(phone, 'volunteer');
  await phone.getByRole('link', { name: 'Indstillinger' }).click();
  await phone.getByRole('button', { name: 'Tilføj en telefon' }).click();
  const codeText = await phone.getByText(/^Kode: /).textContent();
  const code = codeText?.replace('Kode: ', '').trim() ?? '';
  expect(code).not.toBe('');

  await joinWithCode(tablet, code, 'Birthe');

  // The phone logs an afternoon with no network, then comes back online.
  await phone.getByRole('link', { name: 'Hjem' }).click();
  await phone.context().setOffline(true);
  await logActivity(phone, 'Højtlæsning', '30 min.');
  await expect(syncStatusOf(phone)).toContainText('Offline');
  await phone.context().setOffline(false);
  await waitForSync(phone);

  // The tablet shows it after its next sync.
  await tablet.getByRole('button', { name: 'Synkroniser nu' }).click();
  const recent = tablet.getByRole('region', { name: 'Seneste aktiviteter' });
  await expect(recent.getByText('Højtlæsning')).toBeVisible({ timeout: 15_000 });

  // The tablet is lost: an administrator revokes it.
  const admin = await request.post('/v1/auth/redeem', { data: { code: await demoCode('admin') } });
  const { accessToken } = (await admin.json()) as { accessToken: string };
  const revoked = await request.post(`/v1/admin/devices/${await deviceIdOf(tablet)}/revoke`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  expect(revoked.ok()).toBe(true);

  // At its next contact the tablet says so and keeps nothing.
  await tablet.getByRole('button', { name: 'Synkroniser nu' }).click();
  await expect(tablet.getByText(/Denne telefon er koblet fra Samspil/)).toBeVisible({
    timeout: 15_000,
  });
  await expect(
    tablet.getByRole('heading', { level: 1, name: 'Velkommen til Samspil' }),
  ).toBeVisible();
  expect(await tableRows(tablet, 'activities')).toHaveLength(0);

  // The phone is untouched.
  await phone.getByRole('button', { name: 'Synkroniser nu' }).click();
  await expect(
    phone.getByRole('region', { name: 'Seneste aktiviteter' }).getByText('Højtlæsning'),
  ).toBeVisible();
});
