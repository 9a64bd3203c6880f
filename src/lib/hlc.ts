/**
 * Hybrid logical clock (HLC): wall-clock millis, a counter and a node id.
 *
 * Guarantees: every stamp a node issues is strictly greater than every stamp it issued or received
 * before, even when the wall clock stands still or goes backwards. Encoded stamps sort as strings in
 * the same order as `compareHlc`, so they can be compared on either side of the wire without parsing.
 * Shared by the client and the server (src/server may import src/lib).
 */

/** One clock reading. */
export type Hlc = {
  readonly millis: number;
  readonly counter: number;
  readonly node: string;
};

/** Largest counter value; one more carries into `millis` (see `tickHlc`). */
export const MAX_COUNTER = 0xffff;

/** A remote clock further ahead of our wall clock than this is not adopted. */
export const MAX_DRIFT_MS = 5 * 60 * 1000;

const MILLIS_DIGITS = 15;
const ENCODED_RE = /^(\d{15})-([0-9a-f]{4})-([0-9a-f]{16})$/;

/** The zero clock for a node: below every real stamp. */
export function zeroHlc(node: string): Hlc {
  return { millis: 0, counter: 0, node };
}

/** Orders two stamps: millis, then counter, then node id. */
export function compareHlc(a: Hlc, b: Hlc): number {
  if (a.millis !== b.millis) return a.millis < b.millis ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  if (a.node === b.node) return 0;
  return a.node < b.node ? -1 : 1;
}

/** Advances `millis`/`counter` by one step past (millis, counter), carrying a full counter. */
function after(millis: number, counter: number, node: string): Hlc {
  // Counter overflow borrows one millisecond from the future instead of failing the write: a save
  // must never be refused because the user typed fast. The drift is bounded by the write rate.
  if (counter >= MAX_COUNTER) return { millis: millis + 1, counter: 0, node };
  return { millis, counter: counter + 1, node };
}

/**
 * The stamp for a local event at wall-clock time `now`.
 *
 * Uses `now` when it is ahead of the last stamp, otherwise keeps the last millis and counts up.
 */
export function tickHlc(last: Hlc, now: number): Hlc {
  if (now > last.millis) return { millis: now, counter: 0, node: last.node };
  return after(last.millis, last.counter, last.node);
}

/**
 * The clock after receiving `remote` at wall-clock time `now`.
 *
 * A remote stamp more than `MAX_DRIFT_MS` ahead of `now` is not adopted (a device with a wrong
 * clock must not drag everyone into the future); the local clock still ticks.
 */
export function receiveHlc(last: Hlc, remote: Hlc, now: number): Hlc {
  if (remote.millis > now + MAX_DRIFT_MS) return tickHlc(last, now);
  const millis = Math.max(last.millis, remote.millis, now);
  if (millis === now && now > last.millis && now > remote.millis) {
    return { millis, counter: 0, node: last.node };
  }
  let counter: number;
  if (last.millis === remote.millis && millis === last.millis) {
    counter = Math.max(last.counter, remote.counter);
  } else if (millis === last.millis) {
    counter = last.counter;
  } else {
    counter = remote.counter;
  }
  return after(millis, counter, last.node);
}

/**
 * The stamp for a local event that must sort after `floor` (the field's current stamp, perhaps from
 * a device whose clock is ahead of ours): `tickHlc`, or one step past `floor` when that is later.
 */
export function tickHlcAbove(last: Hlc, now: number, floor: Hlc | undefined): Hlc {
  const ticked = tickHlc(last, now);
  if (!floor || compareHlc(ticked, floor) > 0) return ticked;
  return after(floor.millis, floor.counter, last.node);
}

/** The sortable string form: `<15-digit millis>-<4-hex counter>-<16-hex node>`. */
export function encodeHlc(hlc: Hlc): string {
  return `${String(hlc.millis).padStart(MILLIS_DIGITS, '0')}-${hlc.counter
    .toString(16)
    .padStart(4, '0')}-${hlc.node}`;
}

/** Parses `encodeHlc` output; `undefined` for anything else. */
export function decodeHlc(text: string): Hlc | undefined {
  const match = ENCODED_RE.exec(text);
  if (!match) return undefined;
  const [, millis, counter, node] = match;
  if (millis === undefined || counter === undefined || node === undefined) return undefined;
  return { millis: Number(millis), counter: parseInt(counter, 16), node };
}
