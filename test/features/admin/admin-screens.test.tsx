import { screen, within } from '@testing-library/react';
import { sessionSchema } from '@/protocol/auth';
import { expectNoAxeViolations } from '../../helpers/axe';
import { syncPhone } from '../../helpers/phone';
import { renderApp } from '../../helpers/render-app';
import { redeem, shownCode, signedInPhone, withTestServer } from './fixtures';

const server = withTestServer();
const adminPhone = () => signedInPhone(server(), 'admin', 'Anna');

async function redeemed(code: string) {
  return sessionSchema.parse(await (await redeem(server(), code)).json());
}

describe('the admin’s invitation codes', () => {
  it('makes a caseworker’s code for a team, asking for the place and then the team', async () => {
    const db = await adminPhone();
    const { user } = await renderApp('/invitationer', { db });
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Rolle' }),
      'Sagsbehandler',
    );
    await user.click(screen.getByRole('button', { name: 'Lav koden' }));
    // The team list is disabled until a place is chosen, so the place is asked for first.
    expect(await screen.findByText('Vælg det sted, personen skal høre til.')).toBeInTheDocument();
    expect(screen.queryByText('Vælg det team, sagsbehandleren skal høre til.')).toBeNull();
    await expectNoAxeViolations(screen.getByRole('main'));

    await user.selectOptions(
      screen.getByRole('combobox', { name: /^Sted/ }),
      'Solhjem Plejecenter',
    );
    await user.click(screen.getByRole('button', { name: 'Lav koden' }));
    expect(
      await screen.findByText('Vælg det team, sagsbehandleren skal høre til.'),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: /^Team/ }), 'Team Ældrepleje');
    await user.click(screen.getByRole('button', { name: 'Lav koden' }));
    expect(await screen.findByRole('heading', { name: /^Koden er klar: / })).toBeInTheDocument();
    await expectNoAxeViolations(screen.getByRole('main'));

    const joined = await redeemed(shownCode());
    expect(joined.role).toBe('caseworker');
    expect(joined.teamId).not.toBeNull();
    expect(joined.institutionId).not.toBeNull();
  });

  it('makes a leader’s code for the whole municipality', async () => {
    const db = await adminPhone();
    const { user } = await renderApp('/invitationer', { db });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Rolle' }), 'Leder');
    expect(screen.queryByRole('combobox', { name: /^Team/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Lav koden' }));
    await screen.findByRole('heading', { name: /^Koden er klar: / });
    const joined = await redeemed(shownCode());
    expect(joined).toMatchObject({ role: 'leader', institutionId: null, teamId: null });
  });
});

describe('the admin’s places and teams', () => {
  it('creates a place, and once synced a team in it', async () => {
    const db = await adminPhone();
    const { user } = await renderApp('/steder', { db });
    const placeForm = await screen.findByRole('region', { name: 'Nyt sted' });
    await user.type(within(placeForm).getByRole('textbox', { name: 'Stedets navn' }), 'Bakkehuset');
    await user.click(within(placeForm).getByRole('button', { name: 'Opret stedet' }));
    expect(await within(placeForm).findByText('»Bakkehuset« er oprettet.')).toBeInTheDocument();
    await expectNoAxeViolations(screen.getByRole('main'));

    await syncPhone(server(), db);
    const teamForm = screen.getByRole('region', { name: 'Nyt team' });
    await user.selectOptions(
      await within(teamForm).findByRole('combobox', { name: 'Sted' }),
      'Bakkehuset',
    );
    await user.type(within(teamForm).getByRole('textbox', { name: 'Teamets navn' }), 'Aftenholdet');
    await user.click(within(teamForm).getByRole('button', { name: 'Opret teamet' }));
    expect(await within(teamForm).findByText('»Aftenholdet« er oprettet.')).toBeInTheDocument();
    await syncPhone(server(), db);
    expect(await screen.findByText('Aftenholdet')).toBeInTheDocument();
  });

  it('refuses a name like a CPR number and keeps the name when offline', async () => {
    const db = await adminPhone();
    const { user } = await renderApp('/steder', { db });
    const placeForm = await screen.findByRole('region', { name: 'Nyt sted' });
    const name = within(placeForm).getByRole('textbox', { name: 'Stedets navn' });
    await user.type(name, '010190-1234');
    await user.click(within(placeForm).getByRole('button', { name: 'Opret stedet' }));
    expect(await within(placeForm).findByText(/ligner et CPR-nummer/)).toBeInTheDocument();

    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await user.clear(name);
    await user.type(name, 'Bakkehuset');
    await user.click(within(placeForm).getByRole('button', { name: 'Opret stedet' }));
    expect(await within(placeForm).findByText(/Der er ingen forbindelse/)).toBeInTheDocument();
    expect(name).toHaveValue('Bakkehuset');
    await expectNoAxeViolations(screen.getByRole('main'));
  });
});
