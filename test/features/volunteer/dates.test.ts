import {
  addDays,
  addMonths,
  isoWeek,
  isoWeekday,
  lastMonths,
  lastWeeks,
  localDate,
  localTime,
  minutesBetweenTimes,
  monthsBetween,
  weekKey,
  weekStart,
} from '@/features/volunteer/model';

// Local-time rules are checked in Denmark's time zone, whatever the machine's is.
const originalTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Copenhagen';
});
afterAll(() => {
  process.env.TZ = originalTz;
});

describe('ISO weeks', () => {
  it('starts weeks on Monday', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekKey('2026-11-23')).toBe('2026-W48');
  });

  it('puts 1 January in week 53 of the year before when the year starts on a Friday', () => {
    // 2021 began on a Friday: 1–3 January belong to 2020-W53.
    expect(isoWeek('2021-01-01')).toEqual({ year: 2020, week: 53 });
    expect(weekKey('2021-01-03')).toBe('2020-W53');
    expect(weekKey('2021-01-04')).toBe('2021-W01');
    expect(weekKey('2020-12-31')).toBe('2020-W53');
  });

  it('puts 31 December in week 1 of the next year when that week holds its Thursday', () => {
    // 2024-12-30 is a Monday; the week's Thursday is 2 January 2025.
    expect(weekKey('2024-12-30')).toBe('2025-W01');
    expect(weekKey('2024-12-31')).toBe('2025-W01');
    expect(weekKey('2025-01-05')).toBe('2025-W01');
    expect(weekKey('2024-12-29')).toBe('2024-W52');
  });

  it('knows 2026 has 53 weeks and 2027 starts in it', () => {
    expect(weekKey('2026-12-31')).toBe('2026-W53');
    expect(weekKey('2027-01-03')).toBe('2026-W53');
    expect(weekKey('2027-01-04')).toBe('2027-W01');
  });

  it('lists the last weeks across a new year without gaps or repeats', () => {
    expect(lastWeeks('2027-01-06', 3)).toEqual(['2026-W52', '2026-W53', '2027-W01']);
    expect(lastWeeks('2025-01-01', 2)).toEqual(['2024-W52', '2025-W01']);
  });
});

describe('stepping calendar days across summer-time changes', () => {
  it('steps over the last Sunday of March (a 23-hour day) one day at a time', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-03-30', -1)).toBe('2026-03-29');
  });

  it('steps over the last Sunday of October (a 25-hour day) one day at a time', () => {
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-10-26', -1)).toBe('2026-10-25');
    expect(lastWeeks('2026-10-26', 2)).toEqual(['2026-W43', '2026-W44']);
  });

  it('moves across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(lastMonths('2027-02-10', 3)).toEqual(['2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-11', '2027-01')).toEqual(['2026-11', '2026-12', '2027-01']);
  });
});

describe('local time from an instant', () => {
  it('gives the Danish date and time on both sides of the March change', () => {
    // 01:59 winter time (UTC+1), then 03:00 summer time (UTC+2) a minute later.
    expect(localTime(Date.UTC(2026, 2, 29, 0, 59))).toBe('01:59');
    expect(localTime(Date.UTC(2026, 2, 29, 1, 0))).toBe('03:00');
    expect(localDate(Date.UTC(2026, 2, 28, 23, 30))).toBe('2026-03-29');
  });

  it('counts the hours really lived between two wall-clock times', () => {
    expect(minutesBetweenTimes('2026-03-29', '01:00', '04:00')).toBe(120);
    expect(minutesBetweenTimes('2026-10-25', '01:00', '04:00')).toBe(240);
    expect(minutesBetweenTimes('2026-11-23', '14:00', '16:30')).toBe(150);
    expect(minutesBetweenTimes('2026-11-23', '22:00', '01:00')).toBe(180);
  });
});
