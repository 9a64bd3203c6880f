import { fireEvent, screen, within } from '@testing-library/react';
import { yearKey } from '@/features/volunteer/model';
import { addDays, todayIso } from '@/lib/dates';
import { freshDb } from '../../helpers/db';
import { openAsVolunteer, seedActivity, seedInstitution } from './helpers';

vi.setConfig({ testTimeout: 30_000 });

/** The `dd` next to the `dt` with this text. */
function figure(term: string): string {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('the hours overview', () => {
  it('shows this week, this year and in all, by week, month, place and type', async () => {
    const db = freshDb();
    const today = todayIso();
    const lastWeek = addDays(today, -7);
    const place = await seedInstitution(db, 'Solhjem Plejecenter');
    await seedActivity(db, {
      date: today,
      durationMinutes: 60,
      activityType: 'cards',
      institutionId: place.id,
    });
    await seedActivity(db, {
      date: lastWeek,
      durationMinutes: 30,
      activityType: 'walk',
      institutionId: place.id,
    });
    await seedActivity(db, {
      date: addDays(today, -400),
      durationMinutes: 120,
      activityType: 'cards',
    });
    const { user } = await openAsVolunteer('/oversigt', 'Dine timer', db);

    await screen.findByText('Timer over tid');
    expect(figure('Denne uge')).toBe('1 t.');
    expect(figure('I alt')).toBe('3 t. 30 min.');
    expect(figure('I år')).toBe(yearKey(lastWeek) === yearKey(today) ? '1 t. 30 min.' : '1 t.');

    const weekly = screen.getByRole('table', { name: 'Timer pr. uge, de seneste 12 uger' });
    const weeks = rowsOf(weekly);
    expect(weeks).toHaveLength(13);
    expect(weeks.at(-1)?.[1]).toBe('1');
    expect(weeks.at(-2)?.[1]).toBe('0,5');
    expect(weeks.at(-1)?.[0]).toMatch(/^Uge \d{1,2}, \d{4}$/);

    await user.click(screen.getByRole('radio', { name: 'År' }));
    const yearly = await screen.findByRole('table', { name: 'Timer pr. år' });
    const years = rowsOf(yearly).slice(1);
    expect(years[0]?.[1]).toBe('2');
    expect(years.at(-1)?.[1]).toBe(yearKey(lastWeek) === yearKey(today) ? '1,5' : '1');

    const places = screen.getByRole('table', { name: 'Pr. sted' });
    expect(rowsOf(places).slice(1)).toEqual([
      ['Intet sted angivet', '0', '2'],
      ['Solhjem Plejecenter', yearKey(lastWeek) === yearKey(today) ? '1,5' : '1', '1,5'],
    ]);
    const types = screen.getByRole('table', { name: 'Pr. aktivitet' });
    expect(
      rowsOf(types)
        .slice(1)
        .map(([type, , total]) => [type, total]),
    ).toEqual([
      ['Kortspil', '3'],
      ['Gåtur', '0,5'],
    ]);
  });

  it('says so when nothing is logged yet', async () => {
    await openAsVolunteer('/oversigt', 'Dine timer');
    expect(await screen.findByText('Du har ikke registreret noget endnu.')).toBeInTheDocument();
    expect(figure('I alt')).toBe('0 min.');
  });

  it('downloads every activity as a CSV file that Danish Excel opens', async () => {
    const db = freshDb();
    await seedActivity(db, {
      date: '2026-03-29',
      durationMinutes: 90,
      activityType: 'cards',
      note: 'Whist; to borde',
      startTime: '14:00',
      participants: 6,
    });
    let blob: Blob | undefined;
    let fileName = '';
    URL.createObjectURL = vi.fn((made: Blob) => {
      blob = made;
      return 'blob:samspil-test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      fileName = this.download;
    });
    const { user } = await openAsVolunteer('/oversigt', 'Dine timer', db);

    await user.click(await screen.findByRole('button', { name: 'Hent som regneark (CSV)' }));
    await vi.waitFor(() => expect(blob).toBeDefined());
    expect(fileName).toMatch(/^samspil-timer-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(
      '\uFEFFDato;Uge;Starttid;Minutter;Timer;Aktivitet;Sted;Deltagere;Note\r\n' +
        '29-03-2026;13/2026;14:00;90;1,50;Kortspil;Intet sted angivet;6;"Whist; to borde"\r\n',
    );
  });
});

describe('the statement of volunteer work', () => {
  it('lists name, place, period and hours per month, and prints', async () => {
    const db = freshDb();
    const today = todayIso();
    await seedInstitution(db, 'Solhjem Plejecenter');
    await seedActivity(db, { date: today, durationMinutes: 150, activityType: 'cards' });
    await seedActivity(db, {
      date: `${Number(today.slice(0, 4)) - 1}-06-01`,
      durationMinutes: 60,
      activityType: 'walk',
    });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await openAsVolunteer(
      '/oversigt/udtalelse',
      'Udtalelse om frivilligt arbejde',
      db,
    );

    const statement = await screen.findByRole('article', { name: 'Frivilligt arbejde' });
    expect(within(statement).getByText('Birthe')).toBeInTheDocument();
    expect(within(statement).getByText('Solhjem Plejecenter')).toBeInTheDocument();
    const table = await within(statement).findByRole('table', { name: 'Timer pr. måned' });
    const rows = rowsOf(table);
    expect(rows).toHaveLength(Number(today.slice(5, 7)) + 2);
    expect(rows.at(-1)).toEqual(['I alt', '2,5']);

    fireEvent.change(screen.getByLabelText('Fra'), {
      target: { value: `${Number(today.slice(0, 4)) - 1}-01-01` },
    });
    await vi.waitFor(() => expect(rowsOf(table).at(-1)).toEqual(['I alt', '3,5']));

    await user.click(screen.getByRole('button', { name: 'Udskriv' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
