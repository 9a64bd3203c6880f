import {
  formatBytes,
  formatDate,
  formatDuration,
  formatExcerpt,
  formatKroner,
  formatMonth,
  formatNumber,
  formatPercent,
  formatTime,
} from '@/lib/format';

describe('Danish formatting', () => {
  it('writes dates the Danish way', () => {
    expect(formatDate(new Date(2026, 10, 23))).toBe('23. nov. 2026');
  });

  it('uses a comma for decimals and a dot for thousands', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
  });

  it('writes durations in hours and minutes', () => {
    expect(formatDuration(150)).toBe('2 t. 30 min.');
    expect(formatDuration(60)).toBe('1 t.');
    expect(formatDuration(45)).toBe('45 min.');
    expect(formatDuration(150, 'en-GB')).toBe('2 hrs 30 mins');
  });

  it('writes months and percentages the Danish way', () => {
    expect(formatMonth('2026-05')).toBe('maj 2026');
    expect(formatMonth('2026-09', 'da-DK', 'short')).toBe('sep. 2026');
    expect(formatMonth('2026-05', 'en-GB')).toBe('May 2026');
    // Intl puts a no-break space before the sign.
    expect(formatPercent(0.425)).toBe('43\u00a0%');
    expect(formatPercent(1)).toBe('100\u00a0%');
  });

  it('cuts a long text to one line of at most the given length', () => {
    expect(formatExcerpt('Godt møde\n\nmed  teamet', 40)).toBe('Godt møde med teamet');
    expect(formatExcerpt('Borgeren var glad for besøget', 13)).toBe('Borgeren var…');
    expect(formatExcerpt('Borgeren var glad for besøget', 15)).toBe('Borgeren var…');
    expect(formatExcerpt('Kaffemøde', 5)).toBe('Kaff…');
  });

  it('writes øre as Danish kroner', () => {
    // Intl puts a no-break space between the number and the currency.
    expect(formatKroner(125_050)).toBe('1.250,50\u00a0kr.');
    expect(formatKroner(4_800)).toBe('48,00\u00a0kr.');
    expect(formatKroner(125_050, 'en-GB')).toBe('DKK\u00a01,250.50');
  });

  it('writes clock times with a dot in Danish, from an instant or a stored HH:MM', () => {
    expect(formatTime(new Date(2026, 10, 23, 19, 28))).toBe('19.28');
    expect(formatTime('09:05')).toBe('09.05');
    expect(formatTime('19:28', 'en-GB')).toBe('19:28');
    expect(formatTime('efter frokost')).toBe('efter frokost');
  });

  it('writes storage sizes with Danish decimals', () => {
    expect(formatBytes(12_345_678)).toBe('12,3 MB');
  });
});
