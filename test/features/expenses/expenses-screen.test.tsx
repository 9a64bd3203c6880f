import { screen, within } from '@testing-library/react';
import type { SamspilDb } from '@/db/database';
import { mutate } from '@/db/mutate';
import { saveExpense } from '@/features/expenses/data/expenses';
import { renderApp } from '../../helpers/render-app';
import { freshDb } from '../../helpers/db';
import { joinAsVolunteer } from '../../helpers/volunteer';

const JPEG =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=';

async function claim(
  db: SamspilDb,
  amountOre: number,
  date: string,
  decision?: { status: 'approved' | 'rejected' | 'paid'; rejectReason?: string },
  withReceipt = false,
) {
  const expense = await saveExpense(db, {
    fields: { amountOre, date, category: 'transport', description: '' },
    receipt: withReceipt ? { kind: 'set', mimeType: 'image/jpeg', data: JPEG } : { kind: 'keep' },
  });
  // What the contact person's decision looks like once it has synced to the phone.
  if (decision) {
    await mutate(db, { table: 'expenses', op: 'put', key: expense.id, fields: decision });
  }
  return expense;
}

async function openList(seed: (db: SamspilDb) => Promise<void>) {
  const db = freshDb();
  await joinAsVolunteer(db);
  await seed(db);
  const app = await renderApp('/udlaeg', { db });
  await screen.findByRole('heading', { level: 1, name: 'Dine udlæg' }, { timeout: 5000 });
  return app;
}

// Texts are matched after whitespace is normalised, so the no-break space Intl puts before "kr."
// is written as a plain space here.
function rowOf(amount: string): HTMLElement {
  const row = screen.getByText(amount).closest('li');
  if (!row) throw new Error(`no row for ${amount}`);
  return row;
}

describe('expenses list', () => {
  beforeEach(() => {
    // jsdom lays nothing out: give the windowed list a height so it renders its rows.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(1000);
  });

  it('shows each claim with amount, status, date and receipt, and the open total', async () => {
    await openList(async (db) => {
      await claim(db, 4_800, '2026-11-20', undefined, true);
      await claim(db, 12_550, '2026-11-10', { status: 'approved' });
      await claim(db, 30_000, '2026-11-05', { status: 'rejected', rejectReason: 'Ikke aftalt' });
      await claim(db, 9_900, '2026-10-01', { status: 'paid' });
    });
    expect(await screen.findByText('2 åbne udlæg: 173,50 kr. i alt')).toBeInTheDocument();
    const bus = rowOf('48,00 kr.');
    expect(within(bus).getByText('Indsendt')).toBeInTheDocument();
    expect(within(bus).getByText(/20\. nov\. 2026 · Transport/)).toBeInTheDocument();
    expect(await within(bus).findByRole('img', { name: 'Kvittering' })).toHaveAttribute(
      'src',
      `data:image/jpeg;base64,${JPEG}`,
    );
    expect(within(rowOf('125,50 kr.')).getByText('Godkendt')).toBeInTheDocument();
    expect(within(rowOf('99,00 kr.')).getByText('Udbetalt')).toBeInTheDocument();
    const rejected = rowOf('300,00 kr.');
    expect(within(rejected).getByText('Afvist')).toBeInTheDocument();
    expect(within(rejected).getByText('Begrundelse: Ikke aftalt')).toBeInTheDocument();
    expect(within(rejected).getByText('Ingen kvittering')).toBeInTheDocument();
  });

  it('offers change and delete only while a claim is submitted', async () => {
    await openList(async (db) => {
      await claim(db, 4_800, '2026-11-20');
      await claim(db, 12_550, '2026-11-10', { status: 'approved' });
    });
    await screen.findByText('48,00 kr.');
    const open = rowOf('48,00 kr.');
    expect(within(open).getByRole('link', { name: /^Ret udlægget på 48,00/ })).toBeInTheDocument();
    expect(
      within(open).getByRole('button', { name: /^Slet udlægget på 48,00/ }),
    ).toBeInTheDocument();
    const decided = rowOf('125,50 kr.');
    expect(within(decided).queryByRole('link', { name: /Ret/ })).not.toBeInTheDocument();
    expect(within(decided).queryByRole('button', { name: /Slet/ })).not.toBeInTheDocument();
  });

  it('deletes a submitted claim after asking', async () => {
    const { user, db } = await openList(async (db) => {
      await claim(db, 4_800, '2026-11-20', undefined, true);
    });
    await user.click(await screen.findByRole('button', { name: /^Slet/ }));
    expect(screen.getByText('Vil du slette udlægget?')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Fortryd' }));
    expect(screen.getByRole('button', { name: /^Slet/ })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: /^Slet/ }));
    await user.click(screen.getByRole('button', { name: 'Ja, slet' }));

    expect(await screen.findByText('Udlægget er slettet.')).toBeInTheDocument();
    expect(
      await screen.findByText('Du har ikke registreret nogen udlæg endnu.'),
    ).toBeInTheDocument();
    expect((await db.expenses.toArray()).every((row) => row._deleted)).toBe(true);
    expect((await db.receipts.toArray()).every((row) => row._deleted)).toBe(true);
  });

  it('changes a submitted claim', async () => {
    const { user, db } = await openList(async (db) => {
      await claim(db, 4_800, '2026-11-20');
    });
    await user.click(await screen.findByRole('link', { name: /^Ret/ }));
    const amount = await screen.findByRole('textbox', { name: /Beløb i kroner/ });
    expect(amount).toHaveValue('48');
    expect(screen.getByRole('radio', { name: 'Transport' })).toBeChecked();
    await user.clear(amount);
    await user.type(amount, '52,50');
    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));

    expect(await screen.findByText('Ændringen er gemt på telefonen.')).toBeInTheDocument();
    expect((await db.expenses.toArray())[0]?.amountOre).toBe(5_250);
  });

  it('says a decided claim can no longer be changed', async () => {
    const db = freshDb();
    await joinAsVolunteer(db);
    const expense = await claim(db, 4_800, '2026-11-20', { status: 'approved' });
    await renderApp(`/udlaeg/${expense.id}`, { db });
    expect(await screen.findByText(/allerede behandlet/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Beløb/ })).not.toBeInTheDocument();
  });

  it('says so when there are no claims yet, and leads to a new one', async () => {
    const { user } = await openList(async () => {});
    expect(
      await screen.findByText('Du har ikke registreret nogen udlæg endnu.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Nyt udlæg' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nyt udlæg' })).toBeInTheDocument();
  });
});
