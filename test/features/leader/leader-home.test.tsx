import { screen, waitFor, within } from '@testing-library/react';
import { formatMonth } from '@/lib/format';
import { freshDb } from '../../helpers/db';
import { hours, reach } from './fixtures';
import { openAsLeader, periods, seedMunicipality } from './helpers';

vi.setConfig({ testTimeout: 30_000 });

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

/** The section under the h2 `name`. */
function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('the leader’s overview', () => {
  it('shows hours per month and per place, and one place’s months when chosen', async () => {
    const { thisMonth, lastMonth } = periods();
    const { user } = await openAsLeader(await seedMunicipality());
    const hoursSection = section('Frivilliges timer pr. sted og måned');

    const chart = await within(hoursSection).findByRole('table', {
      name: 'Timer pr. måned: Alle steder',
    });
    const months = rowsOf(chart);
    expect(months).toHaveLength(13);
    expect(months.at(-1)).toEqual([formatMonth(thisMonth), '2']);
    expect(months.at(-2)).toEqual([formatMonth(lastMonth), '10']);

    const byPlace = within(hoursSection).getByRole('table', { name: 'Pr. sted, 12 måneder' });
    expect(rowsOf(byPlace)).toEqual([
      ['Sted', 'Timer', 'Aktiviteter', 'Frivillige'],
      ['Solhjem Plejecenter', '11,5', '7', '3'],
      ['Æblehaven', '0,5', '1', '1'],
      ['I alt', '12', '8', ''],
    ]);

    await user.selectOptions(within(hoursSection).getByLabelText('Sted'), 'Æblehaven');
    const one = await within(hoursSection).findByRole('table', {
      name: 'Timer pr. måned: Æblehaven',
    });
    expect(rowsOf(one).at(-1)).toEqual([formatMonth(thisMonth), '0,5']);
    expect(rowsOf(one).at(-2)).toEqual([formatMonth(lastMonth), '0']);
  });

  it('shows each team’s checklists, the team total and tips with their read rates', async () => {
    await openAsLeader(await seedMunicipality());
    const checklists = section('Tjeklister pr. team');
    const nord = await within(checklists).findByRole('table', {
      name: 'Tjeklister for Team Nord',
    });
    expect(rowsOf(nord).slice(1)).toEqual([
      ['Forberedelse', '4', '4', '100\u00a0%'],
      ['Implementering', '2', '10', '20\u00a0%'],
    ]);
    expect(within(checklists).getByText('I alt: 6 af 14 punkter (43 %)')).toBeInTheDocument();
    expect(within(checklists).getByText('Solhjem Plejecenter')).toBeInTheDocument();
    expect(within(checklists).getByRole('heading', { name: 'Team Syd' })).toBeInTheDocument();

    const tips = section('Tip – læst af');
    const table = within(tips).getByRole('table', { name: 'Læst af modtagerne' });
    const rows = rowsOf(table).slice(1);
    expect(rows[0]).toEqual([
      'Tragtmodellen',
      expect.stringMatching(/^Uge \d+, \d{4}$/),
      'Team Nord',
      '6',
      '8',
      '75\u00a0%',
    ]);
    expect(rows.slice(1).map((row) => [row[0], row[2], row[5]])).toEqual([
      ['Ny kaffe', 'Frivillige på Æblehaven', '–'],
      ['Velkommen', 'Alle i kommunen', '25\u00a0%'],
    ]);
  });

  it('shows the teams’ weekly averages and says why a week may be missing', async () => {
    const { thisWeek } = periods();
    await openAsLeader(await seedMunicipality());
    const checkIns = section('Teamets tjek-ind');
    expect(
      within(checkIns).getByText(/En uge vises kun, når mindst 3 fra teamet har svaret\./),
    ).toBeInTheDocument();
    const table = await within(checkIns).findByRole('table', { name: 'Tjek-ind for Team Nord' });
    const rows = rowsOf(table);
    expect(rows[0]).toEqual(['Uge', 'Metoden går', 'Føler sig sikre', 'Svar']);
    expect(rows.at(-1)).toEqual([
      `Uge ${Number(thisWeek.slice(6))}, ${thisWeek.slice(0, 4)}`,
      '3,5',
      '4',
      '4',
    ]);
    expect(rows).toHaveLength(3);
    // Team Syd has no week with 3 answers: it is not listed.
    expect(within(checkIns).queryByRole('heading', { name: 'Team Syd' })).toBeNull();
  });

  it('says so in plain Danish when a fresh municipality has nothing yet', async () => {
    await openAsLeader(freshDb());
    expect(
      await screen.findByText(/Der er ingen timer fra frivillige de seneste 12 måneder endnu/),
    ).toBeInTheDocument();
    expect(await screen.findByText('Ingen team har tjeklister endnu.')).toBeInTheDocument();
    expect(await screen.findByText('Der er ikke sendt nogen tips endnu.')).toBeInTheDocument();
    expect(
      await screen.findByText('Ingen team har en uge med mindst 3 svar de seneste 8 uger.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Hent CSV/ })).toBeNull();
  });

  it('names a place without a unit row "Ukendt sted" and updates when rows arrive', async () => {
    const { thisMonth } = periods();
    const { db } = await openAsLeader(freshDb());
    await db.institutionHours.put(
      hours({
        institutionId: 'nyt-sted',
        month: thisMonth,
        minutes: 120,
        entries: 1,
        volunteers: 1,
      }),
    );
    const byPlace = await screen.findByRole('table', { name: 'Pr. sted, 12 måneder' });
    expect(rowsOf(byPlace)[1]).toEqual(['Ukendt sted', '2', '1', '1']);
  });

  it('shows the ten newest tips first and all of them on request', async () => {
    const { thisWeek } = periods();
    const db = freshDb();
    await db.tipReach.bulkPut(
      Array.from({ length: 12 }, (_, index) =>
        reach({
          title: `Tip ${String(index + 1).padStart(2, '0')}`,
          week: thisWeek,
          audience: 'everyone',
          reads: index,
        }),
      ),
    );
    const { user } = await openAsLeader(db);
    const table = await screen.findByRole('table', { name: 'Læst af modtagerne' });
    expect(rowsOf(table)).toHaveLength(11);
    const more = screen.getByRole('button', { name: 'Vis alle 12 tips' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    await waitFor(() => expect(rowsOf(table)).toHaveLength(13));
    expect(screen.getByRole('button', { name: 'Vis færre tips' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});
