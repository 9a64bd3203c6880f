import {
  applyToSummary,
  bars,
  monthlyHours,
  sortedBreakdown,
  summariseHours,
} from '@/features/volunteer/model';
import type { TotalsRow } from '@/features/volunteer/model';

const row = (
  date: string,
  durationMinutes: number,
  activityType = 'cards',
  institutionId?: string,
): TotalsRow => ({ date, durationMinutes, activityType, institutionId });

describe('hour totals', () => {
  it('sums by ISO week, month and year in one pass', () => {
    const summary = summariseHours(
      [
        row('2026-11-23', 60),
        row('2026-11-29', 30),
        row('2026-11-30', 90),
        row('2026-12-01', 45),
        row('2025-06-01', 120),
      ],
      '2026-12-01',
    );
    expect(summary.totalMinutes).toBe(345);
    expect(summary.entries).toBe(5);
    expect(summary.byWeek.get('2026-W48')).toBe(90);
    expect(summary.byWeek.get('2026-W49')).toBe(135);
    expect(summary.byMonth.get('2026-11')).toBe(180);
    expect(summary.byMonth.get('2026-12')).toBe(45);
    expect(summary.byYear.get('2026')).toBe(225);
    expect(summary.byYear.get('2025')).toBe(120);
  });

  it('counts the days of a summer-time change in their own week and month', () => {
    const summary = summariseHours(
      [
        row('2026-03-29', 120), // last Sunday of March: the 23-hour day
        row('2026-03-30', 60),
        row('2026-10-25', 180), // last Sunday of October: the 25-hour day
        row('2026-10-26', 30),
      ],
      '2026-11-01',
    );
    expect(summary.byWeek.get('2026-W13')).toBe(120);
    expect(summary.byWeek.get('2026-W14')).toBe(60);
    expect(summary.byWeek.get('2026-W43')).toBe(180);
    expect(summary.byWeek.get('2026-W44')).toBe(30);
    expect(summary.byMonth.get('2026-03')).toBe(180);
    expect(summary.byMonth.get('2026-10')).toBe(210);
  });

  it('gives 1–3 January 2021 to week 53 of 2020, but their hours to 2021', () => {
    const summary = summariseHours(
      [row('2020-12-31', 60), row('2021-01-02', 30), row('2021-01-04', 15)],
      '2021-01-10',
    );
    expect(summary.byWeek.get('2020-W53')).toBe(90);
    expect(summary.byWeek.get('2021-W01')).toBe(15);
    expect(summary.byYear.get('2020')).toBe(60);
    expect(summary.byYear.get('2021')).toBe(45);
  });

  it('splits each institution and type into this year and in all', () => {
    const summary = summariseHours(
      [
        row('2026-02-01', 60, 'cards', 'a'),
        row('2025-02-01', 60, 'cards', 'a'),
        row('2026-03-01', 30, 'walk', 'b'),
        row('2026-03-02', 30, 'walk'),
      ],
      '2026-05-01',
    );
    expect(summary.byInstitution.get('a')).toEqual({ thisYear: 60, total: 120 });
    expect(summary.byInstitution.get('b')).toEqual({ thisYear: 30, total: 30 });
    expect(summary.byInstitution.get('')).toEqual({ thisYear: 30, total: 30 });
    expect(summary.byType.get('walk')).toEqual({ thisYear: 60, total: 60 });
    expect(sortedBreakdown(summary.byType).map(([type]) => type)).toEqual(['cards', 'walk']);
  });

  it('draws 12 weekly bars up to this week, empty weeks as zero', () => {
    const summary = summariseHours([row('2027-01-01', 60), row('2026-10-10', 30)], '2027-01-06');
    const weekly = bars(summary, 'week');
    expect(weekly).toHaveLength(12);
    expect(weekly.at(-1)).toEqual({ key: '2027-W01', minutes: 0 });
    expect(weekly.at(-2)).toEqual({ key: '2026-W53', minutes: 60 });
    expect(weekly[0]?.key).toBe('2026-W43');
    expect(weekly.reduce((sum, bar) => sum + bar.minutes, 0)).toBe(60);
  });

  it('draws 12 monthly bars and one bar per year since the first', () => {
    const summary = summariseHours([row('2024-05-01', 60), row('2026-11-23', 30)], '2026-11-23');
    const monthly = bars(summary, 'month');
    expect(monthly.map((bar) => bar.key)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(bars(summary, 'year')).toEqual([
      { key: '2024', minutes: 60 },
      { key: '2025', minutes: 0 },
      { key: '2026', minutes: 30 },
    ]);
  });
});

describe('hours per month for the statement', () => {
  it('lists every month of the period and keeps to its dates and institution', () => {
    const rows = [
      row('2026-01-31', 60, 'cards', 'a'),
      row('2026-02-01', 30, 'cards', 'a'),
      row('2026-03-01', 45, 'cards', 'b'),
      row('2026-04-01', 90, 'cards', 'a'),
    ];
    expect(monthlyHours(rows, '2026-02-01', '2026-03-31')).toEqual({
      months: [
        { key: '2026-02', minutes: 30 },
        { key: '2026-03', minutes: 45 },
      ],
      totalMinutes: 75,
      entries: 2,
    });
    expect(monthlyHours(rows, '2026-01-01', '2026-04-30', 'a').totalMinutes).toBe(180);
  });
});

describe('running totals', () => {
  it('add and take away one activity to match a fresh count', () => {
    const rows = [row('2026-11-23', 60, 'cards', 'a'), row('2025-01-01', 30, 'walk')];
    const running = summariseHours(rows, '2026-11-30');
    const added = row('2026-10-25', 90, 'Banko', 'b');
    applyToSummary(running, added, 1);
    expect(running).toEqual(summariseHours([...rows, added], '2026-11-30'));
    applyToSummary(running, added, -1);
    applyToSummary(running, rows[1]!, -1);
    expect(running).toEqual(summariseHours([rows[0]!], '2026-11-30'));
  });
});
