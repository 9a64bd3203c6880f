import type { Activity } from '@/db/schema';
import {
  compareNewestFirst,
  MAX_DURATION_MINUTES,
  totalMinutes,
  validateActivity,
} from '@/features/volunteer/model';

const base = { date: '2026-11-23', durationMinutes: 60, activityType: 'cards' };

describe('validateActivity', () => {
  it('accepts a complete activity and trims the note', () => {
    const result = validateActivity({ ...base, note: '  hyggeligt  ' });
    expect(result).toEqual({ ok: true, value: { ...base, note: 'hyggeligt' } });
  });

  it('drops an empty note', () => {
    const result = validateActivity({ ...base, note: '   ' });
    expect(result.ok && 'note' in result.value).toBe(false);
  });

  it('asks for a type and a duration', () => {
    const result = validateActivity({ ...base, activityType: '  ', durationMinutes: Number.NaN });
    expect(result).toEqual({
      ok: false,
      errors: { activityType: 'typeRequired', durationMinutes: 'durationRequired' },
    });
  });

  it('refuses a duration longer than a long day', () => {
    expect(validateActivity({ ...base, durationMinutes: MAX_DURATION_MINUTES + 1 }).ok).toBe(false);
    expect(validateActivity({ ...base, durationMinutes: 0 }).ok).toBe(false);
  });
});

describe('totals and order', () => {
  const row = (date: string, createdAt: number, durationMinutes = 30) =>
    ({
      ...base,
      id: `${date}-${createdAt}`,
      _hlc: {},
      date,
      createdAt,
      durationMinutes,
    }) as Activity;

  it('adds up minutes', () => {
    expect(totalMinutes([row('2026-11-01', 1, 90), row('2026-11-02', 2, 45)])).toBe(135);
    expect(totalMinutes([])).toBe(0);
  });

  it('puts the newest date first, then the newest written', () => {
    const rows = [row('2026-11-01', 5), row('2026-11-03', 1), row('2026-11-03', 2)];
    expect(rows.sort(compareNewestFirst).map((r) => r.id)).toEqual([
      '2026-11-03-2',
      '2026-11-03-1',
      '2026-11-01-5',
    ]);
  });
});
