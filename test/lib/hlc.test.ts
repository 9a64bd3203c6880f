import {
  compareHlc,
  decodeHlc,
  encodeHlc,
  MAX_COUNTER,
  MAX_DRIFT_MS,
  receiveHlc,
  tickHlc,
  tickHlcAbove,
  zeroHlc,
  type Hlc,
} from '@/lib/hlc';

const NODE_A = 'aaaaaaaaaaaaaaaa';
const NODE_B = 'bbbbbbbbbbbbbbbb';
const T0 = 1_764_000_000_000;

describe('tickHlc', () => {
  it('uses the wall clock when it is ahead of the last stamp', () => {
    const stamp = tickHlc(zeroHlc(NODE_A), T0);
    expect(stamp).toEqual({ millis: T0, counter: 0, node: NODE_A });
  });

  it('counts up when the wall clock stands still', () => {
    const first = tickHlc(zeroHlc(NODE_A), T0);
    const second = tickHlc(first, T0);
    const third = tickHlc(second, T0);
    expect(second).toEqual({ millis: T0, counter: 1, node: NODE_A });
    expect(compareHlc(first, second)).toBeLessThan(0);
    expect(compareHlc(second, third)).toBeLessThan(0);
  });

  it('keeps increasing when the wall clock goes backwards', () => {
    const late = tickHlc(zeroHlc(NODE_A), T0);
    const afterJumpBack = tickHlc(late, T0 - 60_000);
    expect(afterJumpBack.millis).toBe(T0);
    expect(afterJumpBack.counter).toBe(1);
    expect(compareHlc(late, afterJumpBack)).toBeLessThan(0);
  });

  it('carries a full counter into the millis instead of failing', () => {
    const full: Hlc = { millis: T0, counter: MAX_COUNTER, node: NODE_A };
    const next = tickHlc(full, T0);
    expect(next).toEqual({ millis: T0 + 1, counter: 0, node: NODE_A });
    expect(compareHlc(full, next)).toBeLessThan(0);
  });

  it('stays strictly increasing over a burst longer than the counter', () => {
    let clock = zeroHlc(NODE_A);
    let previous = clock;
    for (let i = 0; i < MAX_COUNTER + 10; i++) {
      clock = tickHlc(clock, T0);
      expect(compareHlc(previous, clock)).toBeLessThan(0);
      previous = clock;
    }
    expect(clock.millis).toBe(T0 + 1);
  });
});

describe('tickHlcAbove', () => {
  it('stamps past a floor from a device whose clock is ahead', () => {
    const floor: Hlc = { millis: T0 + 600_000, counter: 3, node: NODE_B };
    const stamp = tickHlcAbove(tickHlc(zeroHlc(NODE_A), T0), T0 + 1, floor);
    expect(stamp).toEqual({ millis: T0 + 600_000, counter: 4, node: NODE_A });
    expect(compareHlc(floor, stamp)).toBeLessThan(0);
  });

  it('is a plain tick when the clock is already past the floor', () => {
    const floor: Hlc = { millis: T0 - 5, counter: 0, node: NODE_B };
    expect(tickHlcAbove(zeroHlc(NODE_A), T0, floor)).toEqual(tickHlc(zeroHlc(NODE_A), T0));
  });
});

describe('receiveHlc', () => {
  it('moves past a remote stamp that is ahead of the local clock', () => {
    const local = tickHlc(zeroHlc(NODE_A), T0);
    const remote: Hlc = { millis: T0 + 1000, counter: 5, node: NODE_B };
    const next = receiveHlc(local, remote, T0);
    expect(next).toEqual({ millis: T0 + 1000, counter: 6, node: NODE_A });
    expect(compareHlc(remote, next)).toBeLessThan(0);
  });

  it('takes the larger counter when local and remote share the millis', () => {
    const local: Hlc = { millis: T0, counter: 9, node: NODE_A };
    const remote: Hlc = { millis: T0, counter: 3, node: NODE_B };
    expect(receiveHlc(local, remote, T0 - 5)).toEqual({ millis: T0, counter: 10, node: NODE_A });
  });

  it('resets the counter when the wall clock is ahead of both', () => {
    const local: Hlc = { millis: T0, counter: 9, node: NODE_A };
    const remote: Hlc = { millis: T0 + 1, counter: 3, node: NODE_B };
    expect(receiveHlc(local, remote, T0 + 50)).toEqual({
      millis: T0 + 50,
      counter: 0,
      node: NODE_A,
    });
  });

  it('does not adopt a remote clock far in the future', () => {
    const local = tickHlc(zeroHlc(NODE_A), T0);
    const remote: Hlc = { millis: T0 + MAX_DRIFT_MS + 1, counter: 0, node: NODE_B };
    const next = receiveHlc(local, remote, T0);
    expect(next.millis).toBe(T0);
    expect(compareHlc(local, next)).toBeLessThan(0);
  });
});

describe('encodeHlc', () => {
  it('round-trips through decodeHlc', () => {
    const stamp: Hlc = { millis: T0, counter: 0xbeef, node: NODE_B };
    expect(decodeHlc(encodeHlc(stamp))).toEqual(stamp);
  });

  it('rejects malformed text', () => {
    expect(decodeHlc('')).toBeUndefined();
    expect(decodeHlc('12-0000-aaaaaaaaaaaaaaaa')).toBeUndefined();
    expect(decodeHlc(`${encodeHlc(zeroHlc(NODE_A))}x`)).toBeUndefined();
  });

  it('sorts as strings exactly as compareHlc orders', () => {
    // A seeded pseudo-random walk, so a failure is reproducible.
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const stamps: Hlc[] = Array.from({ length: 500 }, () => ({
      millis: T0 + Math.floor(random() * 5),
      counter: Math.floor(random() * 3) * (random() < 0.1 ? 4000 : 1),
      node: random() < 0.5 ? NODE_A : NODE_B,
    }));
    const byCompare = [...stamps].sort(compareHlc).map(encodeHlc);
    const byString = stamps.map(encodeHlc).sort();
    expect(byString).toEqual(byCompare);
  });
});
