import { isoWeek, validateTip, weekNumber } from '@/features/tips/model';

describe('isoWeek', () => {
  it.each([
    [new Date(2026, 10, 23), '2026-W48'],
    [new Date(2026, 0, 1), '2026-W01'],
    [new Date(2027, 0, 1), '2026-W53'],
    [new Date(2024, 11, 30), '2025-W01'],
    [new Date(2026, 2, 29), '2026-W13'],
  ])('puts %s in %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });

  it('reads the week number back', () => {
    expect(weekNumber('2026-W05')).toBe(5);
  });
});

describe('validateTip', () => {
  it('needs a title and a body', () => {
    const tip = { week: '2026-W48', title: ' ', body: 'x', audience: 'everyone' as const };
    expect(validateTip(tip)).toEqual({ ok: false, error: 'required' });
    expect(validateTip({ ...tip, title: ' Lyt først ' })).toEqual({
      ok: true,
      value: { ...tip, title: 'Lyt først' },
    });
  });
});
