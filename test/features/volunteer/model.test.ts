import type { Activity } from '@/db/schema';
import {
  ACTIVITY_TYPES,
  changedFields,
  compareNewestFirst,
  recentTypes,
  repeatCandidates,
  typeChoices,
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

describe('privacy and the extra fields', () => {
  it('refuses a CPR number in the note or in a type of the volunteer’s own', () => {
    const result = validateActivity({
      ...base,
      activityType: 'Besøg hos 010203-1234',
      note: 'Hun har cpr 0102031234',
    });
    expect(result).toEqual({
      ok: false,
      errors: { activityType: 'cprFound', note: 'cprFound' },
    });
  });

  it('keeps a start time, an institution and a participant count', () => {
    const result = validateActivity({
      ...base,
      startTime: '14:05',
      institutionId: 'inst',
      participants: 6,
    });
    expect(result).toEqual({
      ok: true,
      value: { ...base, startTime: '14:05', institutionId: 'inst', participants: 6 },
    });
  });

  it('refuses a broken start time, a negative count and a date that is not a date', () => {
    const result = validateActivity({
      ...base,
      date: '2026-13-01',
      startTime: '25:00',
      participants: -1,
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        date: 'dateInvalid',
        startTime: 'startTimeInvalid',
        participants: 'participantsInvalid',
      },
    });
  });
});

describe('choices and edits', () => {
  const activity = (fields: Partial<Activity>): Activity => ({
    id: 'a',
    _hlc: {},
    ...base,
    createdAt: 1,
    ...fields,
  });
  const label = (type: string) => ({ cards: 'Kortspil', walk: 'Gåtur' })[type] ?? type;

  it('offers the institution’s list, then recent types of the volunteer’s own, once each', () => {
    expect(typeChoices(['Kortspil', 'Banko'], ['cards', 'Strikkeklub', 'Banko'], label)).toEqual([
      'Kortspil',
      'Banko',
      'Strikkeklub',
    ]);
    expect(typeChoices(undefined, ['Strikkeklub'], label)).toEqual([
      ...ACTIVITY_TYPES,
      'Strikkeklub',
    ]);
  });

  it('repeats the newest distinct combinations of type, duration and place', () => {
    const recent = [
      activity({ id: '1', activityType: 'cards', durationMinutes: 120 }),
      activity({ id: '2', activityType: 'cards', durationMinutes: 120 }),
      activity({ id: '3', activityType: 'walk', durationMinutes: 60, institutionId: 'i' }),
      activity({ id: '4', activityType: 'cards', durationMinutes: 90 }),
      activity({ id: '5', activityType: 'coffee', durationMinutes: 30 }),
    ];
    expect(repeatCandidates(recent)).toEqual([
      { activityType: 'cards', durationMinutes: 120 },
      { activityType: 'walk', durationMinutes: 60, institutionId: 'i' },
      { activityType: 'cards', durationMinutes: 90 },
    ]);
    expect(recentTypes(recent)).toEqual(['cards', 'walk', 'coffee']);
  });

  it('sends only the fields an edit changed, and an emptied note as empty', () => {
    const before = activity({ note: 'hyggeligt', participants: 4, startTime: '10:00' });
    expect(changedFields(before, { ...base, durationMinutes: 90, participants: 4 })).toEqual({
      durationMinutes: 90,
      note: '',
    });
    expect(changedFields(before, { ...base, note: 'hyggeligt', participants: 4 })).toEqual({});
  });
});
