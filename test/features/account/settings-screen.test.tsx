import { screen } from '@testing-library/react';
import { mutate } from '@/db/mutate';
import { formatDateTime } from '@/lib/format';
import { renderApp } from '../../helpers/render-app';

describe('settings', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'storage');
  });

  it('shows how many changes wait and when the oldest was made', async () => {
    const { db } = await renderApp('/indstillinger', { role: 'volunteer' });
    const when = new Date(2026, 10, 20, 9, 30).getTime();
    await mutate(
      db,
      {
        table: 'activities',
        op: 'put',
        fields: { date: '2026-11-20', durationMinutes: 60, activityType: 'walk', createdAt: when },
      },
      when - 60_000,
    );

    // The oldest waiting change is the first one queued: the profile from the first-run step.
    const first = await db.outbox.orderBy('id').first();
    const oldest = formatDateTime(first?.createdAt ?? 0);
    expect(await screen.findByText(`2 ændringer venter (ældste: ${oldest})`)).toBeInTheDocument();
  });

  it('switches the whole app to English and back', async () => {
    const { user } = await renderApp('/indstillinger', { role: 'volunteer' });
    await user.click(await screen.findByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('link', { name: 'Activities' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Dansk' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Indstillinger' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('da');
  });

  it('shows storage use and asks for persistence on request', async () => {
    let granted = false;
    const persist = vi.fn(() => {
      granted = true;
      return Promise.resolve(true);
    });
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: {
        persisted: () => Promise.resolve(granted),
        persist,
        estimate: () => Promise.resolve({ usage: 2_500_000, quota: 1_000_000_000 }),
      },
    });

    const { user } = await renderApp('/indstillinger', { role: 'volunteer' });
    expect(await screen.findByText('Bruger 2,5 MB af 1 GB')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bed om at gemme permanent' }));

    expect(persist).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/har lovet at gemme dine data/)).toBeInTheDocument();
  });
});
