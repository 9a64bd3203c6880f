import { screen, within } from '@testing-library/react';
import { formatDate } from '@/lib/format';
import { freshDb } from '../../helpers/db';
import { renderApp } from '../../helpers/render-app';
import { expectNoAxeViolations } from '../../helpers/axe';
import {
  INSTITUTION_ID,
  joinAsVolunteer,
  putInstitution,
  putIntroItems,
  putProgress,
  VOLUNTEER_ID,
} from './fixtures';

const TITLES = ['En rundvisning', 'Hvem er hvem', 'Tavshedspligt'];

async function setUp(titles: readonly string[] = TITLES) {
  const db = freshDb();
  await joinAsVolunteer(db);
  await putInstitution(db);
  const items = await putIntroItems(db, titles);
  return { db, items };
}

describe('introduction screen', () => {
  it('says so politely when the contact person has not made the checklist yet', async () => {
    const { db } = await setUp([]);
    const { container } = await renderApp('/introduktion', { db });
    expect(
      await screen.findByText(/har ikke lavet listen til introduktionen endnu/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('lists the items in the contact person’s order and saves a tick durably', async () => {
    const { db, items } = await setUp();
    const { user, container } = await renderApp('/introduktion', { db });

    const section = await screen.findByRole('region', { name: 'Punkterne' });
    await within(section).findByRole('checkbox', { name: 'En rundvisning' });
    const labels = within(section)
      .getAllByRole('checkbox')
      .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);
    expect(labels).toEqual(TITLES);
    expect(screen.getByText('0 af 3 gennemgået, 0 bekræftet')).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('checkbox', { name: 'Hvem er hvem' }));

    expect(await screen.findByText('Gemt på telefonen.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Hvem er hvem' })).toBeChecked();
    expect(await screen.findByText('1 af 3 gennemgået, 0 bekræftet')).toBeInTheDocument();
    const rows = await db.introProgress.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      volunteerId: VOLUNTEER_ID,
      institutionId: INSTITUTION_ID,
      itemId: items[1]?.id,
      doneAt: expect.any(Number) as number,
    });
    const outbox = await db.outbox.where('table').equals('introProgress').toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.fields).toMatchObject({ itemId: items[1]?.id });
    await expectNoAxeViolations(container);
  });

  it('unticks by deleting the row, and a new tick makes a new row', async () => {
    const { db } = await setUp();
    const { user } = await renderApp('/introduktion', { db });
    const box = await screen.findByRole('checkbox', { name: 'En rundvisning' });

    await user.click(box);
    await vi.waitFor(() => expect(screen.getByText(/^1 af 3/)).toBeInTheDocument());
    const [first] = await db.introProgress.toArray();
    await user.click(screen.getByRole('checkbox', { name: 'En rundvisning' }));
    await vi.waitFor(() => expect(screen.getByText(/^0 af 3/)).toBeInTheDocument());

    expect(screen.getByRole('checkbox', { name: 'En rundvisning' })).not.toBeChecked();
    expect(await db.introProgress.get(first!.id)).toMatchObject({ _deleted: true });
    const outbox = await db.outbox.where('table').equals('introProgress').toArray();
    expect(outbox.map((entry) => [entry.op, entry.key])).toEqual([
      ['put', first!.id],
      ['delete', first!.id],
    ]);

    await user.click(screen.getByRole('checkbox', { name: 'En rundvisning' }));
    await vi.waitFor(() => expect(screen.getByText(/^1 af 3/)).toBeInTheDocument());
    const live = (await db.introProgress.toArray()).filter((row) => !row._deleted);
    expect(live).toHaveLength(1);
    expect(live[0]?.id).not.toBe(first!.id);
  });

  it('shows what the contact person confirmed, with the date, and counts it', async () => {
    const { db, items } = await setUp();
    const confirmedAt = new Date(2026, 10, 20, 10, 0).getTime();
    await putProgress(db, { itemId: items[0]!.id, doneAt: confirmedAt - 1000, confirmedAt });
    const { container } = await renderApp('/introduktion', { db });

    const confirmed = await screen.findByText(
      `Bekræftet af kontaktpersonen ${formatDate(confirmedAt)}`,
    );
    expect(confirmed.closest('li')).toHaveTextContent('En rundvisning');
    expect(screen.queryByRole('checkbox', { name: 'En rundvisning' })).not.toBeInTheDocument();
    expect(screen.getByText('1 af 3 gennemgået, 1 bekræftet')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('ignores another volunteer’s progress', async () => {
    const { db, items } = await setUp();
    await putProgress(db, {
      itemId: items[0]!.id,
      doneAt: 5,
      confirmedAt: 6,
      volunteerId: '0190a0a0-0000-7000-8000-000000000001',
    });
    await renderApp('/introduktion', { db });
    expect(await screen.findByText('0 af 3 gennemgået, 0 bekræftet')).toBeInTheDocument();
  });

  it('takes the tick back and explains when the phone is full', async () => {
    const { db } = await setUp();
    const { user } = await renderApp('/introduktion', { db });
    db.introProgress.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await user.click(await screen.findByRole('checkbox', { name: 'En rundvisning' }));

    expect(await screen.findByText(/lager er fuldt/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'En rundvisning' })).not.toBeChecked();
    expect(screen.queryByText('Gemt på telefonen.')).not.toBeInTheDocument();
    expect(await db.introProgress.count()).toBe(0);
    expect(await db.outbox.where('table').equals('introProgress').count()).toBe(0);
  });
});
