import { act, screen } from '@testing-library/react';
import { Dexie } from 'dexie';
import { openAppDb } from '@/app/db-instance';
import { usePwaStore, type InstallPromptEvent } from '@/pwa/store';
import { renderApp } from '../helpers/render-app';

function stubStorage(answer: boolean) {
  const persist = vi.fn(() => Promise.resolve(answer));
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: {
      persisted: () => Promise.resolve(false),
      persist,
      estimate: () => Promise.resolve({ usage: 1000, quota: 10_000_000 }),
    },
  });
  return persist;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
  localStorage.clear();
});

describe('update prompt', () => {
  it('waits for the user’s tap before activating a new version', async () => {
    await renderApp('/', { role: 'volunteer' });
    const applyUpdate = vi.fn();
    act(() => usePwaStore.setState({ updateWaiting: true, applyUpdate }));

    expect(await screen.findByText('Ny version klar – genindlæs')).toBeInTheDocument();
    expect(applyUpdate).not.toHaveBeenCalled();
    screen.getByRole('button', { name: 'Genindlæs' }).click();
    expect(applyUpdate).toHaveBeenCalledTimes(1);
  });

  it('can be put off', async () => {
    const { user } = await renderApp('/', { role: 'volunteer' });
    act(() => usePwaStore.setState({ updateWaiting: true, applyUpdate: vi.fn() }));
    await user.click(await screen.findByRole('button', { name: 'Senere' }));
    expect(screen.queryByText('Ny version klar – genindlæs')).not.toBeInTheDocument();
  });
});

describe('install hint', () => {
  it('offers the browser’s own install prompt', async () => {
    const { user } = await renderApp('/', { role: 'volunteer' });
    const prompt = vi.fn(() => Promise.resolve());
    const event = Object.assign(new Event('beforeinstallprompt'), {
      prompt,
      userChoice: Promise.resolve({ outcome: 'accepted' as const }),
    }) as InstallPromptEvent;
    act(() => usePwaStore.setState({ installPrompt: event }));

    await user.click(await screen.findByRole('button', { name: 'Installér' }));
    expect(prompt).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Installér' })).not.toBeInTheDocument();
  });

  it('tells iPhone users how to add the app, and why', async () => {
    const agent = vi
      .spyOn(navigator, 'userAgent', 'get')
      .mockReturnValue(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1',
      );
    const { user } = await renderApp('/', { role: 'volunteer' });

    expect(await screen.findByText('Læg Samspil på hjemmeskærmen')).toBeInTheDocument();
    expect(
      screen.getByText(/sletter en hjemmesides data, hvis den ikke har været brugt i 7 dage/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ikke nu' }));
    expect(screen.queryByText('Læg Samspil på hjemmeskærmen')).not.toBeInTheDocument();
    expect(localStorage.getItem('samspil.installHintDismissed')).toBe('1');
    agent.mockRestore();
  });

  it('says nothing where the browser has no install prompt', async () => {
    await renderApp('/', { role: 'volunteer' });
    // The volunteer home is a lazy chunk; its first import in jsdom can take a few seconds.
    await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
    expect(screen.queryByText(/hjemmeskærm/)).not.toBeInTheDocument();
  });
});

describe('persistent storage', () => {
  it('asks once the user has written something, and shows the answer', async () => {
    const persist = stubStorage(false);
    const { user } = await renderApp('/', { role: 'caseworker' });
    // The first-run profile alone is not worth a question.
    await screen.findByRole('heading', { level: 1 });
    expect(persist).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: 'Din note' }), 'Godt møde i dag');
    await user.click(screen.getByRole('button', { name: 'Gem note' }));

    expect(
      await screen.findByText(/vil ikke love at gemme dine data permanent/),
    ).toBeInTheDocument();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again on the next visit', async () => {
    const persist = stubStorage(true);
    localStorage.setItem('samspil.persistAsked', '1');
    const { user } = await renderApp('/', { role: 'caseworker' });
    await user.type(await screen.findByRole('textbox', { name: 'Din note' }), 'Endnu en note');
    await user.click(screen.getByRole('button', { name: 'Gem note' }));
    await screen.findByText('Noten er gemt på telefonen.');
    expect(persist).not.toHaveBeenCalled();
  });
});

describe('a newer version in another tab', () => {
  it('closes this tab’s database and asks for a reload', async () => {
    const name = `samspil-versionchange-${Math.random()}`;
    const db = openAppDb(name);
    await renderApp('/', { role: 'volunteer', db });
    await screen.findByRole('heading', { level: 1 });

    // Another tab opens the same database at a higher version.
    const newer = new Dexie(name);
    newer.version(20).stores({ outbox: '++id' });
    await newer.open();

    expect(
      await screen.findByText(
        'Samspil er blevet opdateret i et andet vindue. Genindlæs for at fortsætte.',
      ),
    ).toBeInTheDocument();
    expect(db.isOpen()).toBe(false);
    newer.close();
    await Dexie.delete(name);
  });
});
