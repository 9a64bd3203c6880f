import { elapsedMinutes, parseTimer, timerPrefill } from '@/features/volunteer/model';
import { inTimeZone } from '../../helpers/time-zone';

inTimeZone('Europe/Copenhagen');

const minute = 60_000;

describe('timer', () => {
  it('reads only what it stored', () => {
    expect(parseTimer(undefined)).toEqual({ kind: 'idle' });
    expect(parseTimer({ startedAt: 'x' })).toEqual({ kind: 'idle' });
    expect(parseTimer({ startedAt: 10 })).toEqual({ kind: 'running', startedAt: 10 });
    expect(parseTimer({ startedAt: 10, stoppedAt: 20 })).toEqual({
      kind: 'stopped',
      startedAt: 10,
      stoppedAt: 20,
    });
    expect(parseTimer({ startedAt: 20, stoppedAt: 10 })).toEqual({ kind: 'idle' });
  });

  it('counts whole minutes and never below zero', () => {
    expect(elapsedMinutes(0, 59_999)).toBe(0);
    expect(elapsedMinutes(0, 61 * minute)).toBe(61);
    expect(elapsedMinutes(10 * minute, 0)).toBe(0);
  });

  it('fills in the local date, start time and a duration rounded to 5 minutes', () => {
    const start = new Date(2026, 10, 23, 14, 3).getTime();
    expect(timerPrefill(start, start + 122 * minute)).toEqual({
      date: '2026-11-23',
      startTime: '14:03',
      durationMinutes: 120,
      capped: false,
    });
    expect(timerPrefill(start, start + 2 * minute).durationMinutes).toBe(5);
  });

  it('counts the real time over the night summer time starts', () => {
    // 01:30 winter time to 04:30 summer time is two hours on the wall clock's three.
    const start = Date.UTC(2026, 2, 29, 0, 30);
    const stop = Date.UTC(2026, 2, 29, 2, 30);
    expect(timerPrefill(start, stop)).toMatchObject({ startTime: '01:30', durationMinutes: 120 });
  });

  it('counts the real time over the night summer time ends', () => {
    // 01:30 summer time to 03:30 winter time: three hours lived.
    const start = Date.UTC(2026, 9, 24, 23, 30);
    const stop = Date.UTC(2026, 9, 25, 2, 30);
    expect(timerPrefill(start, stop)).toMatchObject({
      date: '2026-10-25',
      startTime: '01:30',
      durationMinutes: 180,
    });
  });

  it('cuts a forgotten timer to the longest activity allowed and says so', () => {
    const start = new Date(2026, 10, 23, 8, 0).getTime();
    expect(timerPrefill(start, start + 20 * 60 * minute)).toMatchObject({
      durationMinutes: 16 * 60,
      capped: true,
    });
  });
});
