import { screen, within } from '@testing-library/react';
import { newId } from '@/lib/ids';
import { freshDb } from '../../helpers/db';
import { renderApp } from '../../helpers/render-app';
import { expectNoAxeViolations } from '../../helpers/axe';
import { claim, contactAt, pulled, seedPlace, volunteer } from './fixtures';

/** The first screen of a test may wait for Dexie and a lazy chunk on a busy machine. */
const SLOW = { timeout: 5000 };

beforeAll(async () => {
  await import('@/features/contact');
});

// A 1×1 PNG, as a receipt photo would arrive (base64).
const PIXEL =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function openBirthe() {
  const db = freshDb();
  const place = await seedPlace(db);
  return { place, ...(await renderApp(`/frivillige/${place.birthe}`, { db })) };
}

describe('one volunteer', { timeout: 20_000 }, () => {
  it('confirms a ticked introduction item by writing confirmedAt only', async () => {
    const { user, db, place, container } = await openBirthe();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Birthe' }, SLOW),
    ).toBeInTheDocument();
    const intro = screen.getByRole('region', { name: 'Introduktion' });
    expect(within(intro).getByText(/Tavshedserklæring: accepteret/)).toBeInTheDocument();
    expect(within(intro).getByText('Ikke krydset af endnu')).toBeInTheDocument();
    // Only the ticked, unconfirmed item has a button.
    expect(within(intro).getAllByRole('button')).toHaveLength(1);
    await expectNoAxeViolations(container);

    await user.click(within(intro).getByRole('button', { name: 'Bekræft: Tavshedspligt' }));
    expect(await screen.findByText('Bekræftet og gemt på telefonen.')).toBeInTheDocument();
    await vi.waitFor(() => expect(within(intro).queryAllByRole('button')).toHaveLength(0));

    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ table: 'introProgress', op: 'put' });
    expect(Object.keys(entry!.fields)).toEqual(['confirmedAt']);
    const row = (await db.introProgress.toArray()).find((p) => p.itemId === place.itemIds[1]);
    expect(row?.confirmedAt).toBeGreaterThan(0);
    expect(row?.volunteerId).toBe(place.birthe);
  });

  it('records a new certificate and then saves only what changed', async () => {
    const { user, db, place } = await openBirthe();

    const form = await screen.findByRole('form', { name: 'Straffeattest' }, SLOW);
    expect(within(form).getByText('Kræves ikke på stedet')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Gem straffeattest' }));
    expect(await within(form).findByText('Vælg hvor sagen står.')).toBeInTheDocument();
    expect(await db.certificates.count()).toBe(1);

    await user.click(within(form).getByRole('radio', { name: 'Bestilt' }));
    await user.type(within(form).getByLabelText('Bestilt den'), '2026-03-01');
    await user.click(within(form).getByRole('button', { name: 'Gem straffeattest' }));
    expect(await within(form).findByText('Attesten er gemt på telefonen.')).toBeInTheDocument();
    const created = (await db.certificates.toArray()).find((c) => c.kind === 'criminalRecord');
    expect(created).toMatchObject({
      volunteerId: place.birthe,
      status: 'requested',
      requestedOn: '2026-03-01',
    });

    await user.click(within(form).getByRole('radio', { name: 'Godkendt' }));
    await user.type(within(form).getByLabelText('Afgjort den'), '2026-03-20');
    await user.type(within(form).getByLabelText('Skal fornyes senest'), '2028-03-20');
    await user.click(within(form).getByRole('button', { name: 'Gem straffeattest' }));
    await vi.waitFor(async () => {
      const entries = (await db.outbox.toArray()).filter((e) => e.key === created!.id);
      expect(entries).toHaveLength(2);
      expect(Object.keys(entries[1]!.fields).sort()).toEqual(['decidedOn', 'renewBy', 'status']);
    });
  });

  it('marks that the volunteer’s task needs a criminal record certificate, and takes it off again', async () => {
    const { user, db, place, container } = await openBirthe();

    const toggle = await screen.findByRole(
      'checkbox',
      { name: 'Den frivilliges opgave kræver en ren straffeattest' },
      SLOW,
    );
    const form = screen.getByRole('form', { name: 'Straffeattest' });
    expect(toggle).not.toBeChecked();
    expect(within(form).getByText('Kræves ikke på stedet')).toBeInTheDocument();

    await user.click(toggle);
    expect(await screen.findByText('Det er gemt på telefonen.')).toBeInTheDocument();
    await vi.waitFor(() => expect(toggle).toBeChecked());
    expect(within(form).getByText('Kræves til den frivilliges opgave')).toBeInTheDocument();
    const roster = await db.volunteers.get(place.birthe);
    // Only the one field, on the roster row the server keeps; the rest stays as pulled.
    expect(roster).toMatchObject({ displayName: 'Birthe', requiresCriminalRecord: true });
    await expectNoAxeViolations(container);

    await user.click(toggle);
    await vi.waitFor(() => expect(toggle).not.toBeChecked());
    expect(within(form).getByText('Kræves ikke på stedet')).toBeInTheDocument();
    expect((await db.volunteers.get(place.birthe))?.requiresCriminalRecord).toBe(false);
    const entries = (await db.outbox.toArray()).filter((entry) => entry.table === 'volunteers');
    expect(entries.map((entry) => [entry.key, entry.op, entry.fields])).toEqual([
      [place.birthe, 'put', { requiresCriminalRecord: true }],
      [place.birthe, 'put', { requiresCriminalRecord: false }],
    ]);
  });

  it('has nothing to mark per volunteer where the place asks every task for a criminal record certificate', async () => {
    const db = freshDb();
    const { institutionId } = await contactAt(db, { requiresCriminalRecord: true });
    const id = await volunteer(db, institutionId, 'Omar');
    await renderApp(`/frivillige/${id}`, { db });

    const form = await screen.findByRole('form', { name: 'Straffeattest' }, SLOW);
    expect(within(form).getByText('Kræves på stedet')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('reminds about a certificate that must be renewed soon', async () => {
    await openBirthe();
    const form = await screen.findByRole('form', { name: 'Børneattest' }, SLOW);
    expect(within(form).getByText('Kræves på stedet')).toBeInTheDocument();
    expect(within(form).getByText('Skal snart fornyes')).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: 'Godkendt' })).toBeChecked();
  });

  it('shows hours per month for the last 12 months as a table', async () => {
    await openBirthe();
    const table = await screen.findByRole('table', { name: 'Timer de sidste 12 måneder' }, SLOW);
    // Named by its section's heading: the title is written once, not again as a caption.
    expect(screen.getAllByText('Timer de sidste 12 måneder')).toHaveLength(1);
    const rows = within(table).getAllByRole('row');
    // Header, 12 months, total.
    expect(rows).toHaveLength(14);
    expect(within(rows[1]!).getByRole('cell', { name: '4 t.' })).toBeInTheDocument();
    expect(within(rows[2]!).getByRole('cell', { name: '1 t. 30 min.' })).toBeInTheDocument();
    // Thirteen months back is outside the table and the total.
    expect(within(rows[13]!).getByRole('cell', { name: '5 t. 30 min.' })).toBeInTheDocument();
  });

  it('approves a claim, shows its receipt, and then marks it paid', async () => {
    const db = freshDb();
    const place = await seedPlace(db);
    const expenseId = await claim(db, place, place.birthe);
    await pulled(
      db,
      'receipts',
      { id: newId(), volunteerId: place.birthe, expenseId, mimeType: 'image/png', data: PIXEL },
      `shared:${place.birthe}`,
    );
    const { user, container } = await renderApp(`/frivillige/${place.birthe}`, { db });

    const card = await screen.findByRole('article', { name: /48,00\skr\. · Buskort/ }, SLOW);
    expect(within(card).getByText('Venter på dig')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Vis kvittering' }));
    const image = await within(card).findByRole('img', {
      name: /^Kvittering for udlæg på 48,00\skr\. den 2\. mar\. 2026$/,
    });
    expect(image).toHaveAttribute('src', `data:image/png;base64,${PIXEL}`);
    await expectNoAxeViolations(container);

    await user.click(within(card).getByRole('button', { name: 'Godkend' }));
    expect(await within(card).findByText('Godkendt – mangler udbetaling')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Markér som udbetalt' }));
    expect(await within(card).findByText('Udbetalt')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Afvis' })).not.toBeInTheDocument();

    const entries = (await db.outbox.toArray()).filter((e) => e.key === expenseId);
    expect(entries.map((entry) => entry.fields.status)).toEqual(['approved', 'paid']);
    for (const entry of entries) {
      expect(Object.keys(entry.fields).sort()).toEqual(['decidedAt', 'status']);
    }
  });

  it('says so when the volunteer is not at the contact person’s place', async () => {
    const db = freshDb();
    await seedPlace(db);
    await renderApp(`/frivillige/${newId()}`, { db });
    expect(
      await screen.findByText(/Vi kan ikke finde den frivillige/, {}, SLOW),
    ).toBeInTheDocument();
  });
});
