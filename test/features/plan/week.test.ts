import { groupWeek, splitByToday, weekDates } from '@/features/plan/model';
import { mondayOf } from '@/lib/dates';

const item = (id: string, date: string, startTime?: string, title = id) => ({
  id,
  date,
  startTime,
  title,
});

describe('weekDates', () => {
  it('lists the seven days from Monday, also across a year end', () => {
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
