import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { formatDate } from '@/lib/format';
import { sessionSchema } from '@/protocol/auth';
import { readSession } from '@/sync';
import { expectNoAxeViolations } from '../../helpers/axe';
import { renderApp } from '../../helpers/render-app';
import { redeem, shownCode, signedInPhone, withTestServer } from './fixtures';

const server = withTestServer();
const contactPhone = () => signedInPhone(server(), 'contact', 'Hanne');
afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

/** Types the invitation's terms over the defaults; returns the two fields. */
async function fillTerms(user: UserEvent, terms: { uses: string; days: string }) {
  const uses = await screen.findByRole('textbox', { name: /Hvor mange gange/ });
  const days = screen.getByRole('textbox', { name: /Hvor mange dage/ });
  for (const [field, text] of [
    [uses, terms.uses],
    [days, terms.days],
  ] as const) {
    await user.clear(field);
    await user.type(field, text);
  }
  return { uses, days };
}

describe('inviting a volunteer', () => {
  it('makes a code from the home screen that joins a volunteer to the contact person’s place', async () => {
    const db = await contactPhone();
    const { user } = await renderApp('/', { db });
    await user.click(await screen.findByRole('link', { name: 'Inviter en frivillig' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Inviter en frivillig' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Hvor mange gange/ })).toHaveValue('1');
    expect(screen.getByRole('textbox', { name: /Hvor mange dage/ })).toHaveValue('14');

    const before = Date.now();
    await user.click(screen.getByRole('button', { name: 'Lav koden' }));
    // The new code takes the focus, so a screen reader says it is ready and reads it.
    expect(await screen.findByRole('heading', { name: /^Koden er klar: / })).toHaveFocus();
    const expires = formatDate(before + 14 * 24 * 60 * 60 * 1000);
    expect(screen.getByText(`Virker én gang og udløber ${expires}.`)).toBeInTheDocument();
    await expectNoAxeViolations(screen.getByRole('main'));

    const joined = await redeem(server(), shownCode());
    expect(joined.status).toBe(200);
    const session = sessionSchema.parse(await joined.json());
    const contact = await readSession(db);
    expect(session.role).toBe('volunteer');
    expect(session.institutionId).toBe(contact?.institutionId);
    // One use by default: the next person with the same code is refused.
    expect((await redeem(server(), shownCode())).status).toBe(400);
  });

  it('makes a code for several people and more days when asked', async () => {
    const db = await contactPhone();
    const { user } = await renderApp('/inviter-frivillig', { db });
    await fillTerms(user, { uses: '3', days: '30' });
    await user.click(screen.getByRole('button', { name: 'Lav koden' }));
    expect(await screen.findByText(/^Virker 3 gange og udløber/)).toBeInTheDocument();
    for (let i = 0; i < 3; i += 1) expect((await redeem(server(), shownCode())).status).toBe(200);

    // A next try with a mistake leaves no old code under the error to be taken for a new one.
    await fillTerms(user, { uses: '3', days: '0' });
    await user.click(screen.getByRole('button', { name: 'Lav en kode mere' }));
    expect(await screen.findByText('Skriv et helt tal fra 1 til 365 dage.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^Koden er klar/ })).toBeNull();
  });

  it('explains numbers out of bounds in Danish and sends nothing', async () => {
    const db = await contactPhone();
    const sent = vi.fn((url: string, init?: RequestInit) => server().fetch(url, init));
    vi.stubGlobal('fetch', sent);
    const { user } = await renderApp('/inviter-frivillig', { db });
    const { uses, days } = await fillTerms(user, { uses: '0', days: 'to uger' });
    await user.click(screen.getByRole('button', { name: 'Lav koden' }));

    expect(await screen.findByText('Skriv et helt tal fra 1 til 1000.')).toBeInTheDocument();
    expect(screen.getByText('Skriv et helt tal fra 1 til 365 dage.')).toBeInTheDocument();
    expect(uses).toHaveAttribute('aria-invalid', 'true');
    expect(days).toHaveValue('to uger');
    expect(sent.mock.calls.filter(([url]) => url.includes('/v1/admin'))).toEqual([]);
    await expectNoAxeViolations(screen.getByRole('main'));
  });

  it('says plainly that it needs the network, and keeps the form', async () => {
    const db = await contactPhone();
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const { user } = await renderApp('/inviter-frivillig', { db });
    const { uses } = await fillTerms(user, { uses: '2', days: '14' });
    await user.click(screen.getByRole('button', { name: 'Lav koden' }));

    expect(await screen.findByText(/Der er ingen forbindelse/)).toBeInTheDocument();
    expect(uses).toHaveValue('2');
    expect(document.querySelector('.invitation-code')).toBeNull();
    await expectNoAxeViolations(screen.getByRole('main'));
  });

  it('copies the code, or says how to pass it on when the phone cannot copy', async () => {
    const db = await contactPhone();
    // user-event puts its own clipboard on the navigator, which the copy button writes to.
    const { user } = await renderApp('/inviter-frivillig', { db });
    await user.click(await screen.findByRole('button', { name: 'Lav koden' }));
    await user.click(await screen.findByRole('button', { name: 'Kopiér koden' }));
    expect(await screen.findByText(/Koden er kopieret/)).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(shownCode());

    const writeText = () => Promise.reject(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await user.click(screen.getByRole('button', { name: 'Kopiér koden' }));
    expect(await screen.findByText(/kunne ikke kopiere koden/)).toBeInTheDocument();
  });
});
