import {
  checklistsByTeam,
  hasHours,
  hoursOverview,
  indexUnits,
  minutesPerMonth,
  teamCheckInWeeks,
  tipRates,
} from '@/features/leader/model';
import { lastMonths, lastWeeks } from '@/lib/dates';
import { checkIn, hours, MUNICIPALITY, progress, reach, unit } from './fixtures';

const units = indexUnits(MUNICIPALITY);
const empty = indexUnits([]);

describe('hours per institution and month', () => {
  const months = lastMonths('2026-11-23', 12);

  it('adds up per month and per institution, and keeps the busiest month’s volunteers', () => {
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
          month: '2026-10',
          minutes: 600,
          entries: 5,
          volunteers: 4,
        }),
        hours({
          institutionId: 'aeblehaven',
          month: '2026-11',
          minutes: 30,
          entries: 1,
          volunteers: 1,
        }),
        // Older than 12 months: not counted.
        hours({
          institutionId: 'solhjem',
          month: '2025-11',
          minutes: 999,
          entries: 9,
          volunteers: 9,
        }),
      ],
      units,
      months,
    );
    expect(overview.minutes).toBe(720);
    expect(overview.entries).toBe(8);
    expect(overview.monthMinutes.at(-1)).toBe(120);
    expect(overview.monthMinutes.at(-2)).toBe(600);
    expect(overview.monthMinutes.slice(0, -2).every((minutes) => minutes === 0)).toBe(true);

    const [solhjem, aeblehaven] = overview.institutions;
    expect(overview.institutions.map((row) => row.name)).toEqual([
      'Solhjem Plejecenter',
      'Æblehaven',
    ]);
    expect(solhjem?.minutes).toBe(690);
    expect(solhjem?.entries).toBe(7);
    expect(solhjem?.peakVolunteers).toBe(4);
    expect(aeblehaven?.minutes).toBe(30);
    expect(minutesPerMonth(overview, 'aeblehaven').at(-1)).toBe(30);
    expect(minutesPerMonth(overview, '').at(-1)).toBe(120);
    expect(minutesPerMonth(overview, 'gone').every((minutes) => minutes === 0)).toBe(true);
  });

  it('lists an institution without a unit last, with no name, and a quiet one with zeros', () => {
    const overview = hoursOverview(
      [
        hours({
          institutionId: 'ukendt',
          month: '2026-11',
          minutes: 60,
          entries: 1,
          volunteers: 1,
        }),
      ],
      units,
      months,
    );
    expect(overview.institutions.map((row) => [row.id, row.name, row.minutes])).toEqual([
      ['solhjem', 'Solhjem Plejecenter', 0],
      ['aeblehaven', 'Æblehaven', 0],
      ['ukendt', undefined, 60],
    ]);
  });

  it('has no hours for a fresh municipality', () => {
    const overview = hoursOverview([], empty, months);
    expect(hasHours(overview)).toBe(false);
    expect(overview.institutions).toEqual([]);
    expect(overview.monthMinutes).toHaveLength(12);
  });
});

describe('checklists per team', () => {
  it('groups by team, caps done at the items and sums the team', () => {
    const teams = checklistsByTeam(
      [
        progress({ teamId: 'syd', title: 'Implementering', items: 10, done: 3 }),
        progress({ teamId: 'nord', title: 'Forberedelse', items: 4, done: 6 }),
        progress({ teamId: 'nord', title: 'De ti elementer', items: 10, done: 5 }),
        progress({ teamId: 'nord', title: 'Tom liste', items: 0, done: 0 }),
        progress({ teamId: 'væk', title: 'Uden team', items: 2, done: 1 }),
      ],
      units,
    );
    expect(teams.map((team) => team.name)).toEqual(['Team Nord', 'Team Syd', undefined]);
    const nord = teams[0]!;
    expect(nord.institutionName).toBe('Solhjem Plejecenter');
    expect(nord.checklists.map((row) => [row.name, row.done, row.items, row.fraction])).toEqual([
      ['De ti elementer', 5, 10, 0.5],
      ['Forberedelse', 4, 4, 1],
      ['Tom liste', 0, 0, undefined],
    ]);
    expect([nord.done, nord.items, nord.fraction]).toEqual([9, 14, 9 / 14]);
    expect(teams[2]?.institutionName).toBeUndefined();
  });

  it('has no teams without checklists', () => {
    expect(checklistsByTeam([], units)).toEqual([]);
  });
});

describe('tip read rates', () => {
  it('divides reads by the members of the unit it was sent to, capped at 100 %', () => {
    const tips = tipRates(
      [
        reach({
          title: 'Brug borgerens ressourcer',
          week: '2026-W46',
          audience: 'team',
          unitId: 'nord',
          reads: 6,
        }),
        reach({ title: 'Tragtmodellen', week: '2026-W48', audience: 'everyone', reads: 50 }),
        reach({
          title: 'Til de frivillige',
          week: '2026-W47',
          audience: 'volunteers',
          unitId: 'solhjem',
          reads: 45,
        }),
        reach({
          title: 'Ingen modtagere',
          week: '2026-W47',
          audience: 'volunteers',
          unitId: 'aeblehaven',
          reads: 2,
        }),
        reach({
          title: 'Ukendt team',
          week: '2026-W45',
          audience: 'team',
          unitId: 'væk',
          reads: 1,
        }),
      ],
      units,
    );
    expect(tips.map((tip) => [tip.title, tip.members, tip.rate])).toEqual([
      ['Tragtmodellen', 200, 0.25],
      ['Ingen modtagere', 0, undefined],
      ['Til de frivillige', 40, 1],
      ['Brug borgerens ressourcer', 8, 0.75],
      ['Ukendt team', undefined, undefined],
    ]);
    expect(tips[0]?.unitName).toBeUndefined();
    expect(tips[2]?.unitName).toBe('Solhjem Plejecenter');
  });

  it('leaves the writer out of the recipients when they are one of the unit’s members', () => {
    const place = indexUnits([
      unit({ id: 'kommune', kind: 'municipality', members: 3 }),
      unit({ id: 'havblik', kind: 'institution', name: 'Havblik', members: 2 }),
      unit({ id: 'tom', kind: 'team', name: 'Team Tom', institutionId: 'havblik', members: 1 }),
      unit({ id: 'ingen', kind: 'team', name: 'Team Ingen', institutionId: 'havblik' }),
    ]);
    const tips = tipRates(
      [
        // A contact person's tip for the place's one volunteer, who read it: 1 of 1.
        reach({
          title: 'A',
          week: '2026-W48',
          audience: 'volunteers',
          unitId: 'havblik',
          reads: 1,
          authorIsMember: true,
        }),
        // An admin's tip: every member is a recipient.
        reach({
          title: 'B',
          week: '2026-W48',
          audience: 'everyone',
          reads: 1,
          authorIsMember: false,
        }),
        reach({
          title: 'C',
          week: '2026-W48',
          audience: 'everyone',
          reads: 1,
          authorIsMember: true,
        }),
        // The writer alone in the team: nobody to reach, never below 0.
        reach({
          title: 'D',
          week: '2026-W48',
          audience: 'team',
          unitId: 'tom',
          authorIsMember: true,
        }),
        reach({
          title: 'E',
          week: '2026-W48',
          audience: 'team',
          unitId: 'ingen',
          authorIsMember: true,
        }),
        // Counted before the server said whether the writer is a member: the unit's members.
        reach({
          title: 'F',
          week: '2026-W48',
          audience: 'volunteers',
          unitId: 'havblik',
          reads: 1,
        }),
        // A unit not on this device: unknown, whoever wrote it.
        reach({
          title: 'G',
          week: '2026-W48',
          audience: 'team',
          unitId: 'væk',
          authorIsMember: true,
        }),
      ],
      place,
    );
    expect(tips.map((tip) => [tip.title, tip.reads, tip.members, tip.rate])).toEqual([
      ['A', 1, 1, 1],
      ['B', 1, 3, 1 / 3],
      ['C', 1, 2, 0.5],
      ['D', 0, 0, undefined],
      ['E', 0, 0, undefined],
      ['F', 1, 2, 0.5],
      ['G', 0, undefined, undefined],
    ]);
  });

  it('has no rate for everyone before the municipality unit has arrived', () => {
    const [tip] = tipRates(
      [reach({ title: 'Alle', week: '2026-W48', audience: 'everyone', reads: 3 })],
      empty,
    );
    expect(tip?.rate).toBeUndefined();
    expect(tip?.reads).toBe(3);
  });
});

describe('team check-ins', () => {
  const weeks = lastWeeks('2026-11-23', 8);

  it('keeps the last 8 weeks with at least 3 answers, the leader copy first', () => {
    const teams = teamCheckInWeeks(
      [
        checkIn({ teamId: 'nord', week: '2026-W48', answers: 4, methodGoing: 3.5, confidence: 4 }),
        checkIn({ teamId: 'nord', week: '2026-W47', answers: 3, methodGoing: 2, confidence: 3 }),
        // A team copy of the same week, should the device hold both: the leader's wins.
        { ...checkIn({ teamId: 'nord', week: '2026-W48', methodGoing: 1 }), _scope: 'team:nord' },
        checkIn({ teamId: 'nord', week: '2026-W30', answers: 5 }),
        checkIn({ teamId: 'syd', week: '2026-W48', answers: 2 }),
      ],
      units,
      weeks,
    );
    expect(teams).toHaveLength(1);
    expect(teams[0]?.name).toBe('Team Nord');
    expect(teams[0]?.weeks.map((week) => [week.week, week.methodGoing])).toEqual([
      ['2026-W47', 2],
      ['2026-W48', 3.5],
    ]);
  });

  it('shows nothing for a fresh municipality', () => {
    expect(teamCheckInWeeks([], empty, weeks)).toEqual([]);
  });

  it('names a team whose unit is missing as unknown (no name)', () => {
    const [team] = teamCheckInWeeks([checkIn({ teamId: 'x', week: '2026-W48' })], empty, weeks);
    expect(team?.name).toBeUndefined();
  });
});

describe('unit names', () => {
  it('treats a blank name as unknown', () => {
    const index = indexUnits([unit({ id: 'a', kind: 'team', name: '  ' })]);
    expect(
      checklistsByTeam([progress({ teamId: 'a', title: 'T', items: 1 })], index)[0]?.name,
    ).toBeUndefined();
  });
});
