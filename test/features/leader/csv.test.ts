import {
  checkInsCsv,
  checklistsCsv,
  checklistsByTeam,
  hoursCsv,
  hoursOverview,
  indexUnits,
  teamCheckInWeeks,
  tipRates,
  tipsCsv,
} from '@/features/leader/model';
import { BOM } from '@/lib/csv';
import { lastMonths, lastWeeks } from '@/lib/dates';
import { checkIn, hours, MUNICIPALITY, progress, reach } from './fixtures';

const units = indexUnits(MUNICIPALITY);

/** The file's lines without the BOM and the empty string after the last CRLF. */
function lines(csv: string): string[] {
  expect(csv.startsWith(BOM)).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1).split('\r\n').slice(0, -1);
}

const hoursText = {
  headings: {
    institution: 'Sted',
    month: 'Måned',
    hours: 'Timer',
    activities: 'Aktiviteter',
    volunteers: 'Frivillige',
  },
  unknownInstitution: 'Ukendt sted',
};

describe('the leader’s CSV files', () => {
  it('writes hours per institution and month with decimal commas, skipping empty months', () => {
    const overview = hoursOverview(
      [
        hours({
          institutionId: 'solhjem',
          month: '2026-11',
          minutes: 90,
          entries: 2,
          volunteers: 2,
        }),
        hours({
          institutionId: 'solhjem',
          month: '2026-09',
          minutes: 75_000,
          entries: 300,
          volunteers: 12,
        }),
        hours({
          institutionId: 'ukendt',
          month: '2026-10',
          minutes: 20,
          entries: 1,
          volunteers: 1,
        }),
      ],
      units,
      lastMonths('2026-11-23', 12),
    );
    expect(lines(hoursCsv(overview, hoursText))).toEqual([
      'Sted;Måned;Timer;Aktiviteter;Frivillige',
      'Solhjem Plejecenter;2026-09;1250,00;300;12',
      'Solhjem Plejecenter;2026-11;1,50;2;2',
      'Ukendt sted;2026-10;0,33;1;1',
    ]);
  });

  it('writes only the header for a fresh municipality', () => {
    const overview = hoursOverview([], indexUnits([]), lastMonths('2026-11-23', 12));
    expect(lines(hoursCsv(overview, hoursText))).toEqual([
      'Sted;Måned;Timer;Aktiviteter;Frivillige',
    ]);
  });

  it('writes checklists with a percent in Danish and quotes a title with a separator', () => {
    const teams = checklistsByTeam(
      [
        progress({ teamId: 'nord', title: 'Forberedelse; fase 1', items: 3, done: 1 }),
        progress({ teamId: 'nord', title: '=Formel', items: 0 }),
        progress({ teamId: 'ukendt', title: 'Sagde "hej"', items: 4, done: 4 }),
      ],
      units,
    );
    const csv = checklistsCsv(teams, {
      headings: {
        team: 'Team',
        checklist: 'Tjekliste',
        done: 'Færdige',
        items: 'Punkter',
        percent: 'Procent',
      },
      unknownTeam: 'Ukendt team',
    });
    expect(lines(csv)).toEqual([
      'Team;Tjekliste;Færdige;Punkter;Procent',
      "Team Nord;'=Formel;0;0;",
      'Team Nord;"Forberedelse; fase 1";1;3;33,3',
      'Ukendt team;"Sagde ""hej""";4;4;100,0',
    ]);
  });

  it('writes every tip newest first with reads, recipients and the rate', () => {
    const tips = tipRates(
      [
        reach({ title: 'Ugens tip', week: '2026-W47', audience: 'team', unitId: 'nord', reads: 3 }),
        reach({ title: 'Til alle', week: '2026-W48', audience: 'everyone', reads: 1500 }),
        reach({ title: 'Stille', week: '2026-W46', audience: 'volunteers', unitId: 'aeblehaven' }),
      ],
      units,
    );
    const csv = tipsCsv(tips, {
      headings: {
        tip: 'Tip',
        week: 'Uge',
        audience: 'Målgruppe',
        sentTo: 'Sendt til',
        reads: 'Læst',
        members: 'Modtagere',
        percent: 'Procent',
      },
      audience: (audience) =>
        ({ team: 'Team', volunteers: 'Frivillige', everyone: 'Alle' })[audience],
      sentTo: (tip) => tip.unitName ?? 'Alle i kommunen',
    });
    expect(lines(csv)).toEqual([
      'Tip;Uge;Målgruppe;Sendt til;Læst;Modtagere;Procent',
      'Til alle;2026-W48;Alle;Alle i kommunen;1500;200;100,0',
      'Ugens tip;2026-W47;Team;Team Nord;3;8;37,5',
      'Stille;2026-W46;Frivillige;Æblehaven;0;0;',
    ]);
  });

  it('writes the teams’ weekly averages with two decimals', () => {
    const teams = teamCheckInWeeks(
      [
        checkIn({
          teamId: 'syd',
          week: '2026-W48',
          answers: 3,
          methodGoing: 11 / 3,
          confidence: 4,
        }),
      ],
      units,
      lastWeeks('2026-11-23', 8),
    );
    const csv = checkInsCsv(teams, {
      headings: {
        team: 'Team',
        week: 'Uge',
        answers: 'Svar',
        methodGoing: 'Metoden går',
        confidence: 'Føler sig sikre',
      },
      unknownTeam: 'Ukendt team',
    });
    expect(lines(csv)).toEqual([
      'Team;Uge;Svar;Metoden går;Føler sig sikre',
      'Team Syd;2026-W48;3;3,67;4,00',
    ]);
  });
});
