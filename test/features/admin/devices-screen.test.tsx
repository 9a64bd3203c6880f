import { screen, within } from '@testing-library/react';
import { mutate } from '@/db/mutate';
import { expectNoAxeViolations } from '../../helpers/axe';
import { joinPhone, syncPhone } from '../../helpers/phone';
import { renderApp } from '../../helpers/render-app';
import { signedInPhone, withTestServer } from './fixtures';

const server = withTestServer();
const adminPhone = () => signedInPhone(server(), 'admin', 'Anna');

/** The list item of the phone whose heading is `name`. */
async function phoneNamed(name: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 2, name });
  const item = heading.closest('li');
  if (!item) throw new Error(`no list item for ${name}`);
  return item;
}

describe('the admin’s phones', () => {
  it('lists who each phone belongs to and revokes a lost one, which is refused from then on', async () => {
    const lost = await joinPhone(server(), 'volunteer', 'Birthe');
    const db = await adminPhone();
    const { user } = await renderApp('/', { db });
    expect(await screen.findByRole('heading', { level: 2, name: 'Administration' })).toBeVisible();
    await user.click(
      within(screen.getByRole('region', { name: 'Administration' })).getByRole('link', {
        name: 'Telefoner',
      }),
    );

    const birthe = await phoneNamed('Birthe');
    expect(await within(birthe).findByText('Frivillig · Solhjem Plejecenter')).toBeInTheDocument();
    expect(within(birthe).getByText(/^Sidst set /)).toBeInTheDocument();
    const own = await phoneNamed('Anna (denne telefon)');
    expect(within(own).queryByRole('button', { name: 'Spær telefonen' })).toBeNull();
    await expectNoAxeViolations(screen.getByRole('main'));

    await user.click(within(birthe).getByRole('button', { name: 'Spær telefonen' }));
    const yes = within(birthe).getByRole('button', { name: 'Ja, spær den' });
    expect(yes).toHaveFocus();
    expect(within(birthe).getByText(/^Spær telefonen, der tilhører Birthe\?/)).toBeInTheDocument();
    await expectNoAxeViolations(screen.getByRole('main'));
    await user.click(yes);

    expect(await within(birthe).findByText(/^Spærret /)).toBeInTheDocument();
    // The row's button is gone: the focus goes to the news, not onto the page.
    expect(
      await screen.findByText('Telefonen, der tilhører Birthe, er spærret.', { exact: false }),
    ).toHaveFocus();
    expect(within(birthe).queryByRole('button', { name: 'Spær telefonen' })).toBeNull();
    expect(await syncPhone(server(), lost)).toEqual({ kind: 'revoked' });
    await expectNoAxeViolations(screen.getByRole('main'));
  }, 20_000);

  it('leaves the phone alone when the admin says no, with focus back on the button', async () => {
    await joinPhone(server(), 'caseworker', 'Lene');
    const db = await adminPhone();
    const { user } = await renderApp('/telefoner', { db });
    const lene = await phoneNamed('Lene');
    await user.click(within(lene).getByRole('button', { name: 'Spær telefonen' }));
    await user.click(within(lene).getByRole('button', { name: 'Nej, lad den være' }));
    expect(within(lene).getByRole('button', { name: 'Spær telefonen' })).toHaveFocus();
    expect(within(lene).queryByText(/^Spærret /)).toBeNull();
  });

  it('names each phone by the first name its person uses now', async () => {
    const phone = await joinPhone(server(), 'volunteer', 'Omar');
    const profile = await phone.profile.toCollection().first();
    await mutate(phone, {
      table: 'profile',
      op: 'put',
      key: profile?.id,
      fields: { displayName: 'Omar B.' },
    });
    expect((await syncPhone(server(), phone)).kind).toBe('synced');
    const db = await adminPhone();
    await renderApp('/telefoner', { db });
    expect(await phoneNamed('Omar B.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'Omar' })).toBeNull();
  });

  it('says plainly that the list needs the network', async () => {
    const db = await adminPhone();
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await renderApp('/telefoner', { db });
    expect(await screen.findByText(/Der er ingen forbindelse/)).toBeInTheDocument();
    await expectNoAxeViolations(screen.getByRole('main'));
  });

  it('is not there for anyone but an admin', async () => {
    const db = await signedInPhone(server(), 'leader', 'Lis');
    await renderApp('/telefoner', { db });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Telefoner');
    expect(screen.queryByRole('button', { name: 'Spær telefonen' })).toBeNull();
  });
});
