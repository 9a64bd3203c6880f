import { screen } from '@testing-library/react';
import { readSession } from '@/sync';
import { renderApp } from '../../helpers/render-app';
import { startTestServer, type TestServer } from '../../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  vi.stubGlobal('fetch', server.fetch);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('joining with an invitation code', () => {
  it('sends a new user to the welcome screen', async () => {
    await renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Velkommen til Samspil' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Hovedmenu' })).not.toBeInTheDocument();
  });

  it('asks for the code before going on', async () => {
    const { user, db } = await renderApp('/velkommen');
    await user.click(await screen.findByRole('button', { name: 'Kom i gang' }));
    expect(await screen.findByText('Skriv invitationskoden.')).toBeInTheDocument();
    expect(await db.profile.count()).toBe(0);
  });

  it('explains a wrong code and keeps what was typed', async () => {
    const { user, db } = await renderApp('/velkommen');
    await user.type(
      await screen.findByRole('textbox', { name: 'Invitationskode' }),
      'FORKERT-KODE',
    );
    await user.type(screen.getByRole('textbox', { name: /Dit fornavn/ }), 'Omar');
    await user.click(screen.getByRole('button', { name: 'Kom i gang' }));
    expect(await screen.findByText(/Koden virker ikke/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Invitationskode' })).toHaveValue('FORKERT-KODE');
    expect(screen.getByRole('textbox', { name: /Dit fornavn/ })).toHaveValue('Omar');
    expect(await readSession(db)).toBeUndefined();
  });

  it('warns when the name looks like a CPR number, keeps it and does not join', async () => {
    const { user, db } = await renderApp('/velkommen');
    await user.type(
      await screen.findByRole('textbox', { name: 'Invitationskode' }),
      server.code('volunteer'),
    );
    const name = screen.getByRole('textbox', { name: /Dit fornavn/ });
    await user.type(name, 'Birthe 010190-1234');
    await user.click(screen.getByRole('button', { name: 'Kom i gang' }));
    expect(await screen.findByText(/Det ligner et CPR-nummer/)).toBeInTheDocument();
    expect(name).toHaveValue('Birthe 010190-1234');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(await readSession(db)).toBeUndefined();
    expect(await db.profile.count()).toBe(0);

    await user.clear(name);
    await user.type(name, 'Birthe');
    await user.click(screen.getByRole('button', { name: 'Kom i gang' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hej Birthe' }),
    ).toBeInTheDocument();
  });

  it('says so when there is no network', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const { user } = await renderApp('/velkommen');
    await user.type(await screen.findByRole('textbox', { name: 'Invitationskode' }), 'ABCD-EFGH');
    await user.click(screen.getByRole('button', { name: 'Kom i gang' }));
    expect(await screen.findByText(/Der er ingen forbindelse/)).toBeInTheDocument();
  });

  it('joins as the code’s role and opens that role’s home', async () => {
    const { user, db } = await renderApp('/');
    await user.type(
      await screen.findByRole('textbox', { name: 'Invitationskode' }),
      server.code('caseworker'),
    );
    await user.type(screen.getByRole('textbox', { name: /Dit fornavn/ }), 'Lene');
    await user.click(screen.getByRole('button', { name: 'Kom i gang' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hej Lene' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Ny note i logbogen' })).toBeInTheDocument();
    const [profile] = await db.profile.toArray();
    expect(profile).toMatchObject({ role: 'caseworker', displayName: 'Lene' });
    const session = await readSession(db);
    expect(session).toMatchObject({ role: 'caseworker' });
    expect(session?.teamId).toBe(profile?.teamId);
  });

  it('signs an administrator in to their home with phones, codes and places', async () => {
    const { user, db } = await renderApp('/velkommen');
    await user.type(
      await screen.findByRole('textbox', { name: 'Invitationskode' }),
      server.code('admin'),
    );
    await user.type(screen.getByRole('textbox', { name: /Dit fornavn/ }), 'Anna');
    await user.click(screen.getByRole('button', { name: 'Kom i gang' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hej Anna' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Administration' })).toBeInTheDocument();
    expect(await readSession(db)).toMatchObject({ role: 'admin' });
  });
});
