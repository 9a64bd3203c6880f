import { screen } from '@testing-library/react';
import { mutate } from '@/db/mutate';
import { saveExpense } from '@/features/expenses/data/expenses';
import { renderApp } from '../../helpers/render-app';
import { freshDb } from '../../helpers/db';
import { expectNoAxeViolations } from '../../helpers/axe';
import { joinAsVolunteer } from '../../helpers/volunteer';

const fields = {
  amountOre: 4_800,
  date: '2026-11-20',
  category: 'transport' as const,
  description: 'Bus',
};

describe('accessibility of the expense screens (axe)', () => {
  beforeEach(() => {
    // jsdom lays nothing out: give the windowed list a height so it renders its rows.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(1000);
  });

  it('has no violations on the list, with every status, a receipt and a delete question', async () => {
    const db = freshDb();
    await joinAsVolunteer(db);
    await saveExpense(db, {
      fields,
      receipt: { kind: 'set', mimeType: 'image/jpeg', data: 'AAAA' },
    });
    const rejected = await saveExpense(db, { fields, receipt: { kind: 'keep' } });
    await mutate(db, {
      table: 'expenses',
      op: 'put',
      key: rejected.id,
      fields: { status: 'rejected', rejectReason: 'Ikke aftalt' },
    });
    const { user } = await renderApp('/udlaeg', { db });
    await screen.findByRole('img', { name: 'Kvittering' }, { timeout: 5000 });
    await expectNoAxeViolations();

    await user.click(screen.getByRole('button', { name: /^Slet/ }));
    await screen.findByText('Vil du slette udlægget?');
    await expectNoAxeViolations();
  });

  it('has no violations on the form, empty, with errors, and when changing a claim', async () => {
    const db = freshDb();
    await joinAsVolunteer(db);
    const expense = await saveExpense(db, {
      fields,
      receipt: { kind: 'set', mimeType: 'image/jpeg', data: 'AAAA' },
    });
    const { user, unmount } = await renderApp('/udlaeg/nyt', { db });
    await screen.findByRole('heading', { level: 1, name: 'Nyt udlæg' }, { timeout: 5000 });
    await expectNoAxeViolations();

    await user.click(screen.getByRole('button', { name: 'Gem udlæg' }));
    await screen.findByText('Skriv beløbet.');
    await expectNoAxeViolations();
    unmount();

    await renderApp(`/udlaeg/${expense.id}`, { db });
    await screen.findByRole('img', { name: 'Billede af kvitteringen' }, { timeout: 5000 });
    await expectNoAxeViolations();
  });
});
