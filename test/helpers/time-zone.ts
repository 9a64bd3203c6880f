import { afterAll, beforeAll } from 'vitest';

/**
 * Runs the calling file's tests in `zone` (Denmark's by default), whatever the machine's is, and
 * puts the machine's back afterwards. Local-time rules (summer time) are checked through this.
 */
export function inTimeZone(zone = 'Europe/Copenhagen'): void {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
}
