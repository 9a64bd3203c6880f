import {
  base64Bytes,
  base64Length,
  bytesToBase64,
  FIRST_QUALITIES,
  fitsReceipt,
  RECEIPT_LONG_SIDE,
  RECEIPT_MAX_BASE64_LENGTH,
  RECEIPT_MAX_BYTES,
  RECEIPT_MIN_LONG_SIDE,
  resizeAttempts,
  targetDimensions,
} from '@/features/expenses/receipt-model';

describe('targetDimensions', () => {
  it('scales the longest side down and keeps the shape', () => {
    expect(targetDimensions(4032, 3024, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(targetDimensions(3024, 4032, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(targetDimensions(1000, 5000, 1600)).toEqual({ width: 320, height: 1600 });
  });

  it('never enlarges a small photo', () => {
    expect(targetDimensions(800, 600, 1600)).toEqual({ width: 800, height: 600 });
  });

  it('keeps a sliver at least one pixel wide', () => {
    expect(targetDimensions(10_000, 1, 1600)).toEqual({ width: 1600, height: 1 });
  });
});

describe('resizeAttempts', () => {
  it('starts at 1600 px with the best quality and lowers the quality step by step', () => {
    const attempts = resizeAttempts(4032, 3024);
    expect(attempts[0]).toEqual({ width: 1600, height: 1200, quality: FIRST_QUALITIES[0] });
    const first = attempts.filter((a) => a.width === 1600);
    expect(first.map((a) => a.quality)).toEqual([...FIRST_QUALITIES]);
  });

  it('then shrinks the photo, down to the smallest readable size, and no further', () => {
    const attempts = resizeAttempts(4032, 3024);
    const longSides = [...new Set(attempts.map((a) => Math.max(a.width, a.height)))];
    expect(longSides).toEqual([1600, 1200, 900, 675]);
    expect(Math.min(...longSides)).toBeGreaterThanOrEqual(RECEIPT_MIN_LONG_SIDE);
    // Pixels × quality falls with every try: each try should give fewer bytes than the one before.
    for (let i = 1; i < attempts.length; i++) {
      const before = attempts[i - 1]!;
      const now = attempts[i]!;
      expect(now.width * now.height * now.quality).toBeLessThan(
        before.width * before.height * before.quality,
      );
    }
    expect(attempts.length).toBeLessThanOrEqual(20);
  });

  it('starts a small photo at its own size', () => {
    expect(resizeAttempts(800, 600).map((a) => a.width)).toEqual([
      800, 800, 800, 800, 800, 600, 600, 600,
    ]);
    const attempts = resizeAttempts(500, 400);
    expect(attempts.every((a) => a.width === 500 && a.height === 400)).toBe(true);
    expect(attempts).toHaveLength(FIRST_QUALITIES.length);
    expect(Math.max(...resizeAttempts(3000, 100).map((a) => a.width))).toBe(RECEIPT_LONG_SIDE);
  });
});

describe('receipt size', () => {
  it('knows how long base64 is for a number of bytes, and back', () => {
    expect(base64Length(0)).toBe(0);
    expect(base64Length(1)).toBe(4);
    expect(base64Length(3)).toBe(4);
    expect(base64Length(4)).toBe(8);
    for (const size of [1, 2, 3, 100, 1001, 200_000]) {
      const data = Buffer.alloc(size, 7).toString('base64');
      expect(data).toHaveLength(base64Length(size));
      expect(base64Bytes(data)).toBe(size);
    }
  });

  it('takes 200 KB and no more, which always fits the protocol’s base64 limit', () => {
    expect(fitsReceipt(RECEIPT_MAX_BYTES)).toBe(true);
    expect(fitsReceipt(RECEIPT_MAX_BYTES + 1)).toBe(false);
    expect(base64Length(RECEIPT_MAX_BYTES)).toBeLessThanOrEqual(RECEIPT_MAX_BASE64_LENGTH);
  });

  it('encodes bytes as base64 like Node does, also past one chunk', () => {
    const bytes = new Uint8Array(100_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + 7) % 256;
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
