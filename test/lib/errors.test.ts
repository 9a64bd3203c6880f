import { AppError, errorCode, isQuotaError } from '@/lib/errors';

describe('errorCode', () => {
  it('finds a quota error wrapped by Dexie', () => {
    const inner = new DOMException('full', 'QuotaExceededError');
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner });
    expect(isQuotaError(wrapped)).toBe(true);
    expect(errorCode(wrapped)).toBe('quota_exceeded');
  });

  it('keeps the code of an AppError', () => {
    expect(errorCode(new AppError('not_found'))).toBe('not_found');
  });

  it('calls anything else unknown', () => {
    expect(errorCode(new TypeError('x'))).toBe('unknown');
    expect(errorCode('a string')).toBe('unknown');
    expect(isQuotaError(undefined)).toBe(false);
  });
});
