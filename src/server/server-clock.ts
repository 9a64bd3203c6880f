/**
 * The server's hybrid logical clock: stamps for the rows it derives and for devices' changes.
 *
 * Guarantees: every stamp it issues is greater than every stamp it issued or adopted before; a
 * device's stamp more than `MAX_DRIFT_MS` ahead of the wall clock is replaced, not trusted.
 */
import {
  decodeHlc,
  encodeHlc,
  MAX_DRIFT_MS,
  receiveHlc,
  tickHlc,
  tickHlcAbove,
  zeroHlc,
  type Hlc,
} from '@/lib/hlc';
import { newNodeId } from '@/lib/ids';

/** One process's clock. */
export type ServerClock = {
  /** A fresh stamp. */
  tick: () => string;
  /** The stamp a device's change is stored with: its own, unless too far in the future. */
  stampFor: (hlc: string) => string;
  /** A fresh stamp later than each of `stamps` (a derived row's current field clocks). */
  above: (stamps: Iterable<string>) => string;
};

/** A clock with a new node id; `now` is injectable for tests. */
export function createServerClock(now: () => number = Date.now): ServerClock {
  let clock: Hlc = zeroHlc(newNodeId());
  return {
    tick() {
      clock = tickHlc(clock, now());
      return encodeHlc(clock);
    },
    stampFor(hlc) {
      const remote = decodeHlc(hlc);
      const wallClock = now();
      if (!remote || remote.millis > wallClock + MAX_DRIFT_MS) {
        clock = tickHlc(clock, wallClock);
        return encodeHlc(clock);
      }
      clock = receiveHlc(clock, remote, wallClock);
      return hlc;
    },
    above(stamps) {
      let floor: string | undefined;
      for (const stamp of stamps) if (floor === undefined || stamp > floor) floor = stamp;
      clock = tickHlcAbove(clock, now(), floor === undefined ? undefined : decodeHlc(floor));
      return encodeHlc(clock);
    },
  };
}
