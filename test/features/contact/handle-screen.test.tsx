import { screen, within } from '@testing-library/react';
import { newId } from '@/lib/ids';
import { freshDb } from '../../helpers/db';
import { renderApp } from '../../helpers/render-app';
import { expectNoAxeViolations } from '../../helpers/axe';
import { claim, pulled, seedPlace } from './fixtures';

/** The first screen of a test may wait for Dexie and a lazy chunk on a busy machine. */
const SLOW = { timeout: 5000 };

beforeAll(async () => {
  await import('@/features/contact');
});

describe('claims and concerns to handle', { timeout: 20_000 }, () => {
  it('shows a new request to talk with the name and preferred time, and marks it answered', async () => {
    const db = freshDb();
    const place = await seedPlace(db);
    await pulled(
      db,
      'concerns',
      {
        id: newId(),
        volunteerId: place.birthe,
        institutionId: place.institutionId,
        createdAt: Date.now() - 86_400_000,
        status: 'answered',
        answeredAt: Date.now() - 3_600_000,
      },
      `staff:${place.institutionId}`,
    );
    const { user, container } = await renderApp('/til-behandling', { db });

    const concerns = await screen.findByRole('region', { name: 'Vil gerne tale med dig' }, SLOW);
    const cards = await within(concerns).findAllByRole('article');
    expect(cards.map((card) => card.getAttribute('class'))).toEqual([
      'contact-card contact-new',
      'contact-card',
    ]);
    const omar = cards[0]!;
    expect(
      within(omar).getByRole('heading', { name: 'Omar vil gerne tale med dig' }),
    ).toBeVisible();
    expect(within(omar).getByText('Bedst: I eftermiddag efter kl. 15')).toBeInTheDocument();
    expect(within(omar).getByText('Jeg er bekymret for en beboer.')).toBeInTheDocument();
    expect(within(cards[1]!).queryByRole('button')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(within(omar).getByRole('button', { name: 'Markér som besvaret' }));
    expect(await screen.findByText('Markeret som besvaret.')).toBeInTheDocument();
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ table: 'concerns', fields: { status: 'answered' } });
    expect(Object.keys(entry!.fields).sort()).toEqual(['answeredAt', 'status']);
    await vi.waitFor(() =>
      expect(
        within(concerns).queryAllByRole('button', { name: 'Markér som besvaret' }),
      ).toHaveLength(0),
    );
  });

  it('lists open claims across volunteers, submitted first, and leaves out settled ones', async () => {
    const db = freshDb();
    const place = await seedPlace(db);
    await claim(db, place, place.omar, {
      description: 'Godkendt busbillet',
      status: 'approved',
      createdAt: 1,
    });
    await claim(db, place, place.birthe, { description: 'Kaffe', createdAt: 3 });
    await claim(db, place, place.omar, { description: 'Tog', status: 'submitted', createdAt: 2 });
    await claim(db, place, place.birthe, { description: 'Betalt', status: 'paid', createdAt: 0 });
    await renderApp('/til-behandling', { db });

    const section = await screen.findByRole('region', { name: 'Udlæg der skal behandles' }, SLOW);
    const cards = await within(section).findAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual(
      ['48,00 kr. · Tog', '48,00 kr. · Kaffe', '48,00 kr. · Godkendt busbillet'].map((text) =>
        text.replace(' kr.', '\u00a0kr.'),
      ),
    );
    expect(within(cards[0]!).getByText('Fra Omar')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Fra Birthe')).toBeInTheDocument();
  });

  it('needs a reason to reject a claim, and keeps what was typed otherwise', async () => {
    const db = freshDb();
    const place = await seedPlace(db);
    const expenseId = await claim(db, place, place.birthe);
    const { user, container } = await renderApp('/til-behandling', { db });

    const card = await screen.findByRole('article', { name: /Buskort/ }, SLOW);
    await user.click(within(card).getByRole('button', { name: 'Afvis' }));
    const reason = within(card).getByRole('textbox', { name: /Hvorfor afviser du udlægget/ });
    expect(reason).toHaveFocus();
    await user.click(within(card).getByRole('button', { name: 'Afvis udlæg' }));
    expect(
      await within(card).findByText('Skriv en begrundelse, så den frivillige ved hvorfor.'),
    ).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(container);
    expect(await db.outbox.count()).toBe(0);

    await user.type(reason, 'Der er ingen kvittering.');
    await user.click(within(card).getByRole('button', { name: 'Afvis udlæg' }));
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(1));
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({
      key: expenseId,
      fields: { status: 'rejected', rejectReason: 'Der er ingen kvittering.' },
    });
    expect(Object.keys(entry!.fields).sort()).toEqual(['decidedAt', 'rejectReason', 'status']);
    // A rejected claim is settled: it leaves the list.
    expect(await screen.findByText('Der venter ingen udlæg.')).toBeInTheDocument();
  });
});
