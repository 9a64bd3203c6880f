import {
  addDays,
  groupWeek,
  isoWeekday,
  isoWeekKey,
  isoWeekOf,
  mondayOf,
  splitByToday,
  weekDates,
} from '@/features/plan/model';

const item = (id: string, date: string, startTime?: string, title = id) => ({
  id,
  date,
  startTime,
  title,
});

describe('ISO weeks', () => {
  it('numbers weeks by their Thursday, also across year ends', () => {
    expect(isoWeekKey('2026-11-23')).toBe('2026-W48');
    // 2026 starts on a Thursday, so it has 53 weeks and 1 January 2027 (a Friday) is in its last.
    expect(isoWeekOf('2026-12-31')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-03')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-04')).toEqual({ year: 2027, week: 1 });
    // 29 December 2025 (a Monday) already belongs to 2026's week 1.
    expect(isoWeekOf('2025-12-29')).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf('2021-01-03')).toEqual({ year: 2020, week: 53 });
  });

  it('starts weeks on Monday and ends them on Sunday', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(weekDates('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });

  it('steps whole days over the daylight-saving changes (23- and 25-hour days)', () => {
    // Denmark: summer time starts 29 March 2026 and ends 25 October 2026.
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-03-30', -7)).toBe('2026-03-23');
    expect(mondayOf('2026-03-29')).toBe('2026-03-23');
    expect(mondayOf('2026-10-25')).toBe('2026-10-19');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('groupWeek', () => {
  it('puts each activity on its day, Monday first, in time order', () => {
    const days = groupWeek(
      [
        item('late', '2026-03-29', '14:00'),
        item('early', '2026-03-29', '09:00'),
        item('allday', '2026-03-29'),
        item('monday', '2026-03-23', '10:00'),
        item('next-week', '2026-03-30', '10:00'),
        item('last-week', '2026-03-22', '10:00'),
      ],
      '2026-03-23',
    );
    expect(days).toHaveLength(7);
    expect(days[0]).toEqual({ date: '2026-03-23', items: [item('monday', '2026-03-23', '10:00')] });
    expect(days[6]?.date).toBe('2026-03-29');
    expect(days[6]?.items.map((i) => i.id)).toEqual(['allday', 'early', 'late']);
    expect(days.flatMap((d) => d.items.map((i) => i.id))).not.toContain('next-week');
    expect(days.flatMap((d) => d.items.map((i) => i.id))).not.toContain('last-week');
  });

  it('shows a week that spans two years', () => {
    const days = groupWeek(
      [item('nye', '2027-01-01', '10:00'), item('jul', '2026-12-28')],
      mondayOf('2027-01-01'),
    );
    expect(days[0]?.items.map((i) => i.id)).toEqual(['jul']);
    expect(days[4]?.items.map((i) => i.id)).toEqual(['nye']);
  });
});

describe('splitByToday', () => {
  it('lists today and later soonest first, and the past latest first', () => {
    const { upcoming, past } = splitByToday(
      [
        item('a', '2026-11-20'),
        item('b', '2026-11-23', '13:00'),
        item('c', '2026-12-01'),
        item('d', '2026-11-01'),
        item('e', '2026-11-23', '09:00'),
      ],
      '2026-11-23',
    );
    expect(upcoming.map((i) => i.id)).toEqual(['e', 'b', 'c']);
    expect(past.map((i) => i.id)).toEqual(['a', 'd']);
  });
});
