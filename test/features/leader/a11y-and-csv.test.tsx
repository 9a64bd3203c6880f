import { screen } from '@testing-library/react';
import { expectNoAxeViolations } from '../../helpers/axe';
import { freshDb } from '../../helpers/db';
import { openAsLeader, periods, seedMunicipality } from './helpers';

vi.setConfig({ testTimeout: 30_000 });

const CSV_BUTTONS = [
  'Hent CSV: Frivilliges timer pr. sted og måned',
  'Hent CSV: Tjeklister pr. team',
  'Hent CSV: Tip – læst af',
  'Hent CSV: Teamets tjek-ind',
];

/** Catches what `downloadText` hands the browser (jsdom has no object URLs and no downloads). */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let pending: Blob | undefined;
  URL.createObjectURL = vi.fn((made: Blob) => {
    pending = made;
    return 'blob:samspil-test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (pending) files.push({ name: this.download, blob: pending });
  });
  return files;
}

async function text(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('accessibility of the leader’s overview (axe)', () => {
  it('has no violations with data', async () => {
    await openAsLeader(await seedMunicipality());
    await screen.findByRole('table', { name: 'Tjek-ind for Team Nord' });
    await screen.findByRole('table', { name: 'Læst af modtagerne' });
    await expectNoAxeViolations();
  });

  it('has no violations for a fresh municipality', async () => {
    await openAsLeader(freshDb());
    await screen.findByText('Ingen team har en uge med mindst 3 svar de seneste 8 uger.');
    await expectNoAxeViolations();
  });
});

describe('the CSV files', () => {
  it('reaches every "Hent CSV" button with the keyboard and downloads with Enter', async () => {
    const files = catchDownloads();
    const { user } = await openAsLeader(await seedMunicipality());
    for (const name of CSV_BUTTONS) await screen.findByRole('button', { name });

    const reached = new Set<string>();
    for (let step = 0; step < 80 && reached.size < CSV_BUTTONS.length; step++) {
      await user.tab();
      const focused = document.activeElement;
      if (focused instanceof HTMLButtonElement && focused.textContent.startsWith('Hent CSV')) {
        reached.add(focused.textContent);
      }
    }
    expect([...reached]).toEqual(CSV_BUTTONS);

    // Focus stays on the last one reached: the check-ins.
    await user.keyboard('{Enter}');
    expect(files).toHaveLength(1);
    expect(files[0]?.name).toMatch(/^teamets-tjek-ind-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await text(files[0]!.blob);
    const { lastWeek, thisWeek } = periods();
    expect(csv).toBe(
      '\uFEFFTeam;Uge;Svar;Metoden går;Føler sig sikre\r\n' +
        `Team Nord;${lastWeek};3;2,00;2,50\r\n` +
        `Team Nord;${thisWeek};4;3,50;4,00\r\n`,
    );
  });

  it('downloads hours, checklists and tips in Danish Excel’s format', async () => {
    const files = catchDownloads();
    const { user } = await openAsLeader(await seedMunicipality());
    for (const name of CSV_BUTTONS.slice(0, 3)) {
      await user.click(await screen.findByRole('button', { name }));
    }
    expect(files.map((file) => file.name.replace(/-\d{4}-\d{2}-\d{2}\.csv$/, ''))).toEqual([
      'frivilliges-timer',
      'tjeklister',
      'tips-laest',
    ]);
    expect(files[0]?.blob.type).toBe('text/csv;charset=utf-8');
    const { thisMonth, lastMonth, thisWeek, lastWeek } = periods();
    expect(await text(files[0]!.blob)).toBe(
      '\uFEFFSted;Måned;Timer;Aktiviteter;Frivillige\r\n' +
        `Solhjem Plejecenter;${lastMonth};10,00;5;3\r\n` +
        `Solhjem Plejecenter;${thisMonth};1,50;2;2\r\n` +
        `Æblehaven;${thisMonth};0,50;1;1\r\n`,
    );
    expect(await text(files[1]!.blob)).toBe(
      '\uFEFFTeam;Tjekliste;Færdige;Punkter;Procent\r\n' +
        'Team Nord;Forberedelse;4;4;100,0\r\n' +
        'Team Nord;Implementering;2;10;20,0\r\n' +
        'Team Syd;De ti elementer;0;10;0,0\r\n',
    );
    expect(await text(files[2]!.blob)).toBe(
      '\uFEFFTip;Uge;Målgruppe;Sendt til;Læst;Modtagere;Procent\r\n' +
        `Tragtmodellen;${thisWeek};Team;Team Nord;6;8;75,0\r\n` +
        `Ny kaffe;${lastWeek};Frivillige;Frivillige på Æblehaven;0;0;\r\n` +
        `Velkommen;${lastWeek};Alle;Alle i kommunen;50;200;25,0\r\n`,
    );
  });

  it('says so when the browser refuses the download', async () => {
    URL.createObjectURL = vi.fn(() => {
      throw new Error('no downloads here');
    });
    const { user } = await openAsLeader(await seedMunicipality());
    await user.click(await screen.findByRole('button', { name: CSV_BUTTONS[1] }));
    expect(await screen.findByText('Filen kunne ikke hentes. Prøv igen.')).toBeInTheDocument();
  });
});
