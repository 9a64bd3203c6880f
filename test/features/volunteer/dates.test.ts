import { localTime, minutesBetweenTimes, monthsBetween } from '@/features/volunteer/model';
import { inTimeZone } from '../../helpers/time-zone';

inTimeZone('Europe/Copenhagen');

describe('months', () => {
  it('lists every month of a range across a year end', () => {
    expect(monthsBetween('2026-11', '2027-01')).toEqual(['2026-11', '2026-12', '2027-01']);
  });
});

describe('local time from an instant', () => {
  it('gives the Danish time on both sides of the March change', () => {
    // 01:59 winter time (UTC+1), then 03:00 summer time (UTC+2) a minute later.
    expect(localTime(Date.UTC(2026, 2, 29, 0, 59))).toBe('01:59');
    expect(localTime(Date.UTC(2026, 2, 29, 1, 0))).toBe('03:00');
  });

  it('counts the hours really lived between two wall-clock times', () => {
    expect(minutesBetweenTimes('2026-03-29', '01:00', '04:00')).toBe(120);
    expect(minutesBetweenTimes('2026-10-25', '01:00', '04:00')).toBe(240);
    expect(minutesBetweenTimes('2026-11-23', '14:00', '16:30')).toBe(150);
    expect(minutesBetweenTimes('2026-11-23', '22:00', '01:00')).toBe(180);
  });
});
