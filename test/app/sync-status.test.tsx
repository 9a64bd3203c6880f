import { act, screen } from '@testing-library/react';
import { mutate } from '@/db/mutate';
import { wipeLocalData } from '@/db/wipe';
import { newId } from '@/lib/ids';
import type { ErrorCode } from '@/protocol/errors';
import { initialSyncStatus, saveRejected, syncStatusStore } from '@/sync';
import { renderApp } from '../helpers/render-app';

afterEach(() => {
  syncStatusStore.setState({ ...initialSyncStatus });
});

describe('sync status line', () => {
  it('says everything is synced when nothing waits', async () => {
    const { db } = await renderApp('/', { role: 'volunteer' });
    // A sync delivered the first-run profile: nothing waits any more.
    await db.outbox.clear();
    act(() => syncStatusStore.setState({ phase: 'idle', lastSyncedAt: Date.now() }));
    expect(await screen.findByText('Alt er synkroniseret.')).toBeInTheDocument();
  });

  it('says how many changes wait, and since when', async () => {
    await renderApp('/', { role: 'volunteer' });
    act(() => syncStatusStore.setState({ phase: 'idle' }));
    // The first-run profile waits in the outbox until the first sync.
    expect(await screen.findByText(/^1 ændring venter \(ældste: .+\)$/)).toBeInTheDocument();
    expect(screen.queryByText('Alt er synkroniseret.')).not.toBeInTheDocument();
  });

  it('says offline and that changes are kept', async () => {
    await renderApp('/', { role: 'volunteer' });
    act(() => syncStatusStore.setState({ phase: 'offline' }));
    expect(
      await screen.findByText(/Offline – dine ændringer er gemt på telefonen\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Synkroniser nu' })).toBeInTheDocument();
  });

  it('explains a revoked device and offers no sync', async () => {
    await renderApp('/', { role: 'volunteer' });
    act(() => syncStatusStore.setState({ phase: 'revoked' }));
    expect(await screen.findByText(/koblet fra Samspil/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Synkroniser nu' })).not.toBeInTheDocument();
  });
});

describe('refused changes', () => {
  const ACTIVITY = { date: '2026-11-23', durationMinutes: 60, activityType: 'walk', createdAt: 1 };
  const ACTIVITY_HEADING = 'Serveren tog ikke imod en aktivitet: Gåtur, 23. nov. 2026';

  /** Writes `change` and refuses it with `code`, as the engine does when the server says no. */
  async function refuse(change: Parameters<typeof mutate>[1], code: ErrorCode = 'forbidden') {
    const rendered = await renderApp('/', { role: 'volunteer' });
    const { db } = rendered;
    const row = await mutate(db, change);
    const entry = await db.outbox.orderBy('id').last();
    if (!entry?.id) throw new Error('no outbox entry');
    // Out of the outbox, into the rejected list.
    await db.outbox.delete(entry.id);
    const { id, table, key, op, fields, hlc } = entry;
    await saveRejected(db, [
      { mutation: { id, table, key, op, fields, hlc }, code, rejectedAt: 2 },
    ]);
    return { ...rendered, row, entry };
  }

  const refuseAnActivity = (code?: ErrorCode) =>
    refuse({ table: 'activities', op: 'put', fields: ACTIVITY }, code);

  it('names the entry by its type and date, and the reason, in Danish', async () => {
    await refuseAnActivity();
    expect(await screen.findByText(ACTIVITY_HEADING)).toBeInTheDocument();
    expect(screen.getByText('Du har ikke lov til at ændre det.')).toBeInTheDocument();
  });

  const NAMED: [string, Parameters<typeof mutate>[1], string][] = [
    [
      'an expense by what it was for, its amount and its date',
      {
        table: 'expenses',
        op: 'put',
        fields: {
          date: '2026-12-03',
          amountOre: 4_800,
          category: 'transport',
          description: 'Bus til udflugten',
          createdAt: 1,
        },
      },
      'Serveren tog ikke imod et udlæg: »Bus til udflugten«, 48,00 kr., 3. dec. 2026',
    ],
    [
      'a note by its first words',
      {
        table: 'logbookEntries',
        op: 'put',
        fields: {
          kind: 'good',
          text: 'Mødet om den nye metode gik bedre end ventet, fordi alle havde læst op',
          tags: [],
          createdAt: 1,
        },
      },
      'Serveren tog ikke imod en note i logbogen: »Mødet om den nye metode gik bedre end…«',
    ],
    [
      'a tip by its title',
      { table: 'tips', op: 'put', fields: { title: 'Lyt først', week: '2026-W49' } },
      'Serveren tog ikke imod et tip: »Lyt først«',
    ],
  ];

  it.each(NAMED)('names %s', async (_, change, heading) => {
    await refuse(change);
    expect(await screen.findByText(heading)).toBeInTheDocument();
  });

  it('names only the kind of entry when the change carries nothing that names it', async () => {
    await refuse({ table: 'activities', op: 'delete', key: newId() });
    expect(await screen.findByText('Serveren tog ikke imod en aktivitet')).toBeInTheDocument();
  });

  it('asks for the text to be written again without the CPR number, not sent as it is', async () => {
    const note = 'Ringede til 010203-1234';
    await refuse({ table: 'activities', op: 'put', fields: { ...ACTIVITY, note } }, 'cpr_number');
    expect(
      await screen.findByText(
        'Teksten ligner et CPR-nummer. Kassér ændringen, og skriv den igen uden nummeret.',
      ),
    ).toBeInTheDocument();
  });

  it.each(['forbidden', 'cpr_number', 'invalid_field', 'invalid_key'] as const)(
    'offers only to drop a change refused with %s, which sending again cannot mend',
    async (code) => {
      await refuseAnActivity(code);
      expect(await screen.findByRole('button', { name: 'Kassér ændringen' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Send igen' })).not.toBeInTheDocument();
    },
  );

  it('sends it again on request, after an app update taught the server the field', async () => {
    const { user, db, entry } = await refuseAnActivity('unknown_field');
    await user.click(await screen.findByRole('button', { name: 'Send igen' }));
    await vi.waitFor(async () =>
      expect(await db.outbox.filter((e) => e.key === entry.key).count()).toBe(1),
    );
    await vi.waitFor(() => expect(screen.queryByText(ACTIVITY_HEADING)).not.toBeInTheDocument());
  });

  it('drops it and reverts the row so the server’s version comes back', async () => {
    const { user, db, row } = await refuseAnActivity();
    await db.syncState.put({ key: 'cursor', value: 42 });
    await user.click(await screen.findByRole('button', { name: 'Kassér ændringen' }));
    await vi.waitFor(async () => expect(await db.activities.get(row.id)).toBeUndefined());
    expect((await db.syncState.get('cursor'))?.value).toBe(0);
    expect(await db.outbox.filter((e) => e.key === row.id).count()).toBe(0);
  });
});

describe('wipeLocalData', () => {
  it('leaves nothing behind: rows, outbox, session', async () => {
    const { db } = await renderApp('/', { role: 'volunteer' });
    await db.syncState.put({ key: 'session', value: { deviceId: 'x' } });
    await wipeLocalData(db);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });
});
