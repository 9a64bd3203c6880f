import { screen } from '@testing-library/react';
import { renderApp } from '../../helpers/render-app';

describe('first run', () => {
  it('sends a new user to the welcome screen', async () => {
    await renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Velkommen til Samspil' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Hovedmenu' })).not.toBeInTheDocument();
  });

  it('asks for a role before going on', async () => {
    const { user, db } = await renderApp('/velkommen');
    await user.click(await screen.findByRole('button', { name: 'Kom i gang' }));
    expect(await screen.findByText('Vælg hvem du er.')).toBeInTheDocument();
    expect(await db.profile.count()).toBe(0);
  });

  it('saves the chosen role and opens that role’s home', async () => {
    const { user, db } = await renderApp('/');
    await user.click(await screen.findByRole('radio', { name: 'Sagsbehandler' }));
    await user.type(screen.getByRole('textbox', { name: /Dit fornavn/ }), 'Lene');
    await user.click(screen.getByRole('button', { name: 'Kom i gang' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hej Lene' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Ny note i logbogen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Logbog' })).toBeInTheDocument();
    const [profile] = await db.profile.toArray();
    expect(profile).toMatchObject({ role: 'caseworker', displayName: 'Lene' });
    expect(await db.outbox.count()).toBe(1);
  });
});
