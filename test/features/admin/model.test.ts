import { parseTerms, sortDevices } from '@/features/admin/model';

describe('invitation terms', () => {
  it('takes whole numbers within the server’s limits', () => {
    expect(parseTerms({ uses: ' 3 ', days: '365' })).toEqual({
      ok: true,
      terms: { uses: 3, expiresInDays: 365 },
    });
  });

  it('names each term that is not a whole number within its limits', () => {
    expect(parseTerms({ uses: '0', days: '14' })).toEqual({ ok: false, errors: { uses: true } });
    expect(parseTerms({ uses: '1001', days: '1,5' })).toEqual({
      ok: false,
      errors: { uses: true, days: true },
    });
    expect(parseTerms({ uses: '1', days: '' })).toEqual({ ok: false, errors: { days: true } });
  });
});

describe('the phone list', () => {
  it('puts this phone first, then phones in use, then blocked ones, each most recently seen first', () => {
    const phone = (id: string, lastSeenAt: number, revokedAt: number | null = null) => ({
      id,
      lastSeenAt,
      revokedAt,
    });
    const sorted = sortDevices(
      [phone('old', 1), phone('blocked', 9, 10), phone('me', 2), phone('recent', 5)],
      'me',
    );
    expect(sorted.map((device) => device.id)).toEqual(['me', 'recent', 'old', 'blocked']);
  });
});
