/**
 * Dates, times, durations and numbers for people, through `Intl`, and short excerpts of text.
 *
 * The locale follows the chosen language (`da-DK` first); formatters are cached per locale because
 * building an `Intl` formatter is far slower than using one, and lists format thousands of rows.
 */

/** Locales the app formats for. */
export type AppLocale = 'da-DK' | 'en-GB';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** `23. nov. 2026` in da-DK. */
export function formatDate(date: Date | number, locale: AppLocale = 'da-DK'): string {
  return cached(
    `d:${locale}`,
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }),
  ).format(date);
}

/** `23. nov. 2026 14.05` in da-DK. */
export function formatDateTime(date: Date | number, locale: AppLocale = 'da-DK'): string {
  return cached(
    `dt:${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
  ).format(date);
}

/**
 * A clock time for people: `19.28` in da-DK, `19:28` in en-GB.
 *
 * Takes an instant, or a stored wall-clock time `HH:MM` (what `<input type="time">` holds, which
 * stays as it is in storage and in inputs); text that is not `HH:MM` comes back unchanged.
 */
export function formatTime(time: Date | number | string, locale: AppLocale = 'da-DK'): string {
  let date: Date | number;
  if (typeof time === 'string') {
    const match = /^(\d{2}):(\d{2})$/.exec(time);
    if (!match) return time;
    // Any day without a summer-time change will do: only the hour and minute are shown.
    date = new Date(2000, 0, 1, Number(match[1]), Number(match[2]));
  } else {
    date = time;
  }
  return cached(
    `t:${locale}`,
    () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }),
  ).format(date);
}

/** `1.234,5` in da-DK. */
export function formatNumber(
  value: number,
  locale: AppLocale = 'da-DK',
  maxFractionDigits = 1,
): string {
  return cached(
    `n:${locale}:${maxFractionDigits}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits }),
  ).format(value);
}

/** A share as a percentage, `0.425` → `43 %` in da-DK (no decimals unless asked for). */
export function formatPercent(
  fraction: number,
  locale: AppLocale = 'da-DK',
  maxFractionDigits = 0,
): string {
  return cached(
    `p:${locale}:${maxFractionDigits}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: maxFractionDigits,
      }),
  ).format(fraction);
}

/**
 * A calendar month `YYYY-MM` as `november 2026` (long) or `nov. 2026` (short) in da-DK. UTC in
 * and out: a month key names a calendar month, not an instant.
 */
export function formatMonth(
  month: string,
  locale: AppLocale = 'da-DK',
  style: 'long' | 'short' = 'long',
): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return cached(
    `mo:${locale}:${style}`,
    () => new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }),
  ).format(date);
}

/** An amount in øre as Danish kroner: `1.250,50 kr.` in da-DK, `DKK 1,250.50` in en-GB. */
export function formatKroner(ore: number, locale: AppLocale = 'da-DK'): string {
  return cached(
    `kr:${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency: 'DKK' }),
  ).format(ore / 100);
}

/** `12,3 MB` in da-DK, for storage figures. */
export function formatBytes(bytes: number, locale: AppLocale = 'da-DK'): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return cached(
    `b:${locale}:${unit}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: units[unit],
        unitDisplay: 'short',
        maximumFractionDigits: unit === 0 ? 0 : 1,
      }),
  ).format(value);
}

/** `for 3 dage siden` / `om 2 timer` in da-DK, relative to `now`. */
export function formatRelative(date: number, now: number, locale: AppLocale = 'da-DK'): string {
  const seconds = Math.round((date - now) / 1000);
  const abs = Math.abs(seconds);
  const rtf = cached(`r:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86400), 'day');
}

/** Minutes as `2 t. 30 min.` in da-DK, `2 hr, 30 min` in en-GB. */
export function formatDuration(minutes: number, locale: AppLocale = 'da-DK'): string {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  const style = { style: 'unit', unitDisplay: 'short' } as const;
  const h = cached(`h:${locale}`, () => new Intl.NumberFormat(locale, { ...style, unit: 'hour' }));
  const m = cached(
    `m:${locale}`,
    () => new Intl.NumberFormat(locale, { ...style, unit: 'minute' }),
  );
  if (hours === 0) return m.format(rest);
  if (rest === 0) return h.format(hours);
  return `${h.format(hours)} ${m.format(rest)}`;
}

/**
 * `text` on one line, at most `max` characters: a longer one is cut after its last whole word
 * that fits (inside a word when the first one is too long) and ends in `…`.
 */
export function formatExcerpt(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const words = line[max - 1] === ' ' ? cut : cut.replace(/ \S*$/, '');
  return `${words.trimEnd()}…`;
}
