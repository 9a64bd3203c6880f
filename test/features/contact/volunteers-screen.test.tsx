import { screen, within } from '@testing-library/react';
import { freshDb } from '../../helpers/db';
import { renderApp } from '../../helpers/render-app';
import { expectNoAxeViolations } from '../../helpers/axe';
import { giveListASize } from '../../helpers/virtual-list';
import { claim, contactAt, seedPlace, volunteer } from './fixtures';

// The screens load lazily; load them once up front so the first test's queries do not time out.
/** The first screen of a test may wait for Dexie and a lazy chunk on a busy machine. */
const SLOW = { timeout: 5000 };

beforeAll(async () => {
  await import('@/features/contact');
});

describe('volunteers overview', { timeout: 20_000 }, () => {
  it('shows each volunteer’s introduction, declaration, certificate, hours, claims and concerns', async () => {
    const db = freshDb();
    const place = await seedPlace(db);
    await claim(db, place, place.birthe);
    await claim(db, place, place.birthe, { status: 'paid', decidedAt: 1 });
    const { container } = await renderApp('/frivillige', { db });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Frivillige' }, SLOW),
    ).toBeInTheDocument();
    expect(await screen.findByText('2 frivillige')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Frivillige på stedet' });
    const [birthe, omar] = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    if (!birthe || !omar) throw new Error('two volunteers expected');

    expect(within(birthe).getByRole('link', { name: 'Birthe' })).toHaveAttribute(
      'href',
      `/frivillige/${place.birthe}`,
    );
    expect(
      within(birthe).getByText('Introduktion: 2 af 3 krydset af, 1 bekræftet'),
    ).toBeInTheDocument();
    expect(within(birthe).getByText('1 punkt at bekræfte')).toBeInTheDocument();
    expect(
      within(birthe).getByText(/Tavshedserklæring: accepteret 7\. jan\. 2026/),
    ).toBeInTheDocument();
    expect(within(birthe).getByText(/Børneattest: Godkendt/)).toBeInTheDocument();
    expect(within(birthe).getByText('Skal snart fornyes')).toBeInTheDocument();
    expect(
      within(birthe).getByText('Timer: 4 t. denne måned, 1 t. 30 min. sidste måned'),
    ).toBeInTheDocument();
    expect(within(birthe).getByText('1 åbent udlæg')).toBeInTheDocument();
    expect(within(birthe).queryByText('Vil gerne tale med dig')).not.toBeInTheDocument();

    expect(within(omar).getByText('Vil gerne tale med dig')).toBeInTheDocument();
    expect(within(omar).getByText('Tavshedserklæring: mangler')).toBeInTheDocument();
    expect(within(omar).getByText('Børneattest: Mangler')).toBeInTheDocument();
    expect(
      within(omar).getByText('Timer: 0 min. denne måned, 0 min. sidste måned'),
    ).toBeInTheDocument();

    await expectNoAxeViolations(container);
  });

  it('leaves out volunteers of other places and what the place does not require', async () => {
    const db = freshDb();
    const { institutionId } = await contactAt(db);
    await volunteer(db, institutionId, 'Karen');
    await volunteer(db, '0190a0a0-0000-7000-8000-000000000000', 'Fremmed');
    await renderApp('/frivillige', { db });

    expect(await screen.findByText('1 frivillig', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Karen' })).toBeInTheDocument();
    expect(screen.queryByText('Fremmed')).not.toBeInTheDocument();
    expect(screen.queryByText(/Tavshedserklæring/)).not.toBeInTheDocument();
    expect(screen.queryByText(/attest/)).not.toBeInTheDocument();
  });

  it('windows a long list so it stays smooth with many volunteers', async () => {
    const db = freshDb();
    const { institutionId } = await contactAt(db);
    await db.volunteers.bulkPut(
      Array.from({ length: 400 }, (_, index) => ({
        id: `v-${String(index).padStart(3, '0')}`,
        _hlc: {},
        institutionId,
        displayName: `Frivillig ${String(index).padStart(3, '0')}`,
        joinedAt: index,
      })),
    );
    giveListASize(160);
    await renderApp('/frivillige', { db });

    expect(await screen.findByText('400 frivillige', {}, SLOW)).toBeInTheDocument();
    const region = screen.getByRole('region', { name: 'Frivillige på stedet' });
    expect(await within(region).findByRole('link', { name: 'Frivillig 000' })).toBeInTheDocument();
    const shown = within(region).getAllByRole('link').length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(50);
  });

  it('says when there are no volunteers, and when the phone has no place', async () => {
    const db = freshDb();
    await contactAt(db);
    const first = await renderApp('/frivillige', { db });
    expect(
      await screen.findByText(/Der er ingen frivillige her endnu/, {}, SLOW),
    ).toBeInTheDocument();
    first.unmount();

    await renderApp('/frivillige', { role: 'contact' });
    expect(await screen.findByText(/ikke knyttet til et sted/)).toBeInTheDocument();
  });
});

describe('contact person home', { timeout: 20_000 }, () => {
  it('shows what waits and links to the contact screens', async () => {
    const db = freshDb();
    const place = await seedPlace(db);
    await claim(db, place, place.omar);
    const { user } = await renderApp('/', { db });

    const section = await screen.findByRole('region', { name: 'Dine frivillige' }, SLOW);
    expect(
      await within(section).findByText(
        '1 vil gerne tale med dig · 1 udlæg skal behandles · 1 attest skal fornyes · 1 punkt i introduktionen skal bekræftes',
      ),
    ).toBeInTheDocument();
    // The weekly tip stays on the same screen.
    expect(screen.getByRole('button', { name: 'Gem tip' })).toBeInTheDocument();

    await user.click(within(section).getByRole('link', { name: 'Alle frivillige' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Frivillige' }),
    ).toBeInTheDocument();
  });
});
