import { BASE_DELAY_MS, MAX_DELAY_MS, backoffDelay } from '@/sync/backoff';

describe('backoffDelay', () => {
  it('doubles with each failure, with jitter between half and all of it', () => {
    expect(backoffDelay(1, undefined, () => 0)).toBe(BASE_DELAY_MS / 2);
    expect(backoffDelay(1, undefined, () => 0.999_999)).toBeCloseTo(BASE_DELAY_MS, -1);
    expect(backoffDelay(3, undefined, () => 0)).toBe((BASE_DELAY_MS * 4) / 2);
  });

  it('stops growing at the cap', () => {
    expect(backoffDelay(50, undefined, () => 0.999_999)).toBeLessThanOrEqual(MAX_DELAY_MS);
  });

  it('never retries sooner than the server asked', () => {
    expect(backoffDelay(1, 30_000, () => 0)).toBe(30_000);
  });
});
