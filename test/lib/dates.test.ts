import {
  addDays,
  addMonths,
  daysBetween,
  isoWeekday,
  isoWeekKey,
  isoWeekOf,
  lastMonths,
  lastWeeks,
  localDate,
  monthOf,
  mondayOf,
  mondayOfWeek,
  isIsoDate,
  parseIsoDate,
  splitWeek,
  todayIso,
  weekNumber,
} from '@/lib/dates';
import { inTimeZone } from '../helpers/time-zone';

inTimeZone('Europe/Copenhagen');

describe('ISO weeks', () => {
  it('starts weeks on Monday and ends them on Sunday', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(isoWeekKey('2026-11-23')).toBe('2026-W48');
  });

  it('puts 1 January in week 53 of the year before when the year starts on a Friday', () => {
    // 2021 began on a Friday: 1–3 January belong to 2020-W53.
    expect(isoWeekOf('2020-12-31')).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf('2021-01-01')).toEqual({ year: 2020, week: 53 });
    expect(isoWeekKey('2021-01-03')).toBe('2020-W53');
    expect(isoWeekKey('2021-01-04')).toBe('2021-W01');
  });

  it('puts 31 December in week 1 of the next year when that week holds its Thursday', () => {
    // 2024-12-30 is a Monday; the week's Thursday is 2 January 2025.
    expect(isoWeekKey('2024-12-29')).toBe('2024-W52');
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekKey('2024-12-31')).toBe('2025-W01');
    expect(isoWeekKey('2025-01-05')).toBe('2025-W01');
    // 29 December 2025 (a Monday) already belongs to 2026's week 1.
    expect(isoWeekOf('2025-12-29')).toEqual({ year: 2026, week: 1 });
  });

  it('knows 2026 starts on a Thursday, so it has 53 weeks and 2027 starts in its last', () => {
    expect(isoWeekKey('2026-01-01')).toBe('2026-W01');
    expect(isoWeekOf('2026-12-31')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekKey('2027-01-01')).toBe('2026-W53');
    expect(isoWeekKey('2027-01-03')).toBe('2026-W53');
    expect(isoWeekKey('2027-01-04')).toBe('2027-W01');
  });

  it('counts the leap day in its week', () => {
    expect(isoWeekKey('2028-02-28')).toBe('2028-W09');
    expect(isoWeekKey('2028-02-29')).toBe('2028-W09');
    expect(isoWeekKey('2028-03-05')).toBe('2028-W09');
    expect(isoWeekKey('2028-03-06')).toBe('2028-W10');
    expect(mondayOf('2028-03-01')).toBe('2028-02-28');
  });

  it('keeps the weeks of the summer-time changes whole', () => {
    // Denmark: summer time starts Sunday 29 March 2026 and ends Sunday 25 October 2026.
    expect(isoWeekKey('2026-03-23')).toBe('2026-W13');
    expect(isoWeekKey('2026-03-29')).toBe('2026-W13');
    expect(isoWeekKey('2026-03-30')).toBe('2026-W14');
    expect(mondayOf('2026-03-29')).toBe('2026-03-23');
    expect(isoWeekKey('2026-10-25')).toBe('2026-W43');
    expect(isoWeekKey('2026-10-26')).toBe('2026-W44');
    expect(mondayOf('2026-10-25')).toBe('2026-10-19');
  });

  it('reads a week key back', () => {
    expect(splitWeek('2026-W48')).toEqual({ year: 2026, week: 48 });
    expect(weekNumber('2026-W05')).toBe(5);
  });

  it('finds the Monday of a week key, also across a year end', () => {
    expect(mondayOfWeek('2026-W48')).toBe('2026-11-23');
    expect(mondayOfWeek('2025-W01')).toBe('2024-12-30');
    expect(mondayOfWeek('2020-W53')).toBe('2020-12-28');
    expect(mondayOfWeek('2026-W13')).toBe('2026-03-23');
    expect(isoWeekKey(mondayOfWeek('2026-W53'))).toBe('2026-W53');
  });

  it('lists the last weeks across a new year without gaps or repeats', () => {
    expect(lastWeeks('2027-01-06', 3)).toEqual(['2026-W52', '2026-W53', '2027-W01']);
    expect(lastWeeks('2025-01-01', 2)).toEqual(['2024-W52', '2025-W01']);
    expect(lastWeeks('2026-10-26', 2)).toEqual(['2026-W43', '2026-W44']);
    const weeks = lastWeeks('2026-01-07', 8);
    expect(weeks).toHaveLength(8);
    expect(weeks[0]).toBe('2025-W47');
    expect(weeks.at(-1)).toBe('2026-W02');
    expect(new Set(weeks).size).toBe(8);
  });
});

describe('stepping calendar days', () => {
  it('steps over the last Sunday of March (a 23-hour day) one day at a time', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-03-30', -1)).toBe('2026-03-29');
    expect(addDays('2026-03-30', -7)).toBe('2026-03-23');
  });

  it('steps over the last Sunday of October (a 25-hour day) one day at a time', () => {
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-10-26', -1)).toBe('2026-10-25');
  });

  it('moves across months, years and leap days', () => {
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('counts calendar days across month ends, leap days and summer time', () => {
    expect(daysBetween('2027-01-31', '2027-02-01')).toBe(1);
    expect(daysBetween('2027-01-31', '2027-03-02')).toBe(30);
    expect(daysBetween('2028-01-31', '2028-03-01')).toBe(30);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-10-30', '2027-11-01')).toBe(2);
    expect(daysBetween('2027-12-31', '2028-01-01')).toBe(1);
    expect(daysBetween('2027-03-01', '2027-02-28')).toBe(-1);
  });
});

describe('months', () => {
  it('names the month of a date', () => {
    expect(monthOf('2026-11-23')).toBe('2026-11');
  });

  it('moves across years', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(lastMonths('2027-02-10', 3)).toEqual(['2026-12', '2027-01', '2027-02']);
  });

  it('counts 12 months back across a new year, oldest first', () => {
    const months = lastMonths('2026-02-15', 12);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2025-03');
    expect(months.at(-1)).toBe('2026-02');
    expect(months).toContain('2025-12');
    expect(months).toContain('2026-01');
  });
});

describe('local dates and instants', () => {
  it('gives the Danish date of an instant on both sides of the March change', () => {
    expect(localDate(Date.UTC(2026, 2, 28, 22, 59))).toBe('2026-03-28');
    expect(localDate(Date.UTC(2026, 2, 28, 23, 30))).toBe('2026-03-29');
    expect(localDate(new Date(2026, 2, 29, 23, 59))).toBe('2026-03-29');
  });

  it('writes today as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('reads YYYY-MM-DD as a local date, not UTC midnight', () => {
    const date = parseIsoDate('2026-03-29');
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([
      2026, 2, 29, 0,
    ]);
    expect(parseIsoDate(mondayOfWeek('2025-W01'))).toEqual(new Date(2024, 11, 30));
  });
});

describe('isIsoDate', () => {
  it('accepts the stored YYYY-MM-DD shape and nothing else', () => {
    expect(isIsoDate('2026-12-04')).toBe(true);
    for (const text of [
      '',
      '2026-12-4',
      '04-12-2026',
      '4. dec. 2026',
      '2026-12-04T10:00',
      ' 2026-12-04',
    ]) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });
});
