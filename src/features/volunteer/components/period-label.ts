import type { TFunction } from 'i18next';
import { formatNumber, type AppLocale } from '@/lib/format';
import type { Scale } from '../model';

const monthFormats = new Map<string, Intl.DateTimeFormat>();

function monthFormat(locale: AppLocale, style: 'short' | 'long'): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = monthFormats.get(key);
  if (!format) {
    // UTC both in and out: a month key names a calendar month, not an instant.
    format = new Intl.DateTimeFormat(locale, {
      month: style,
      ...(style === 'long' ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    monthFormats.set(key, format);
  }
  return format;
}

function monthDate(key: string): Date {
  return new Date(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 1));
}

/** A bar's short label under the chart: `48`, `nov.`, `2026`. */
export function shortPeriodLabel(scale: Scale, key: string, locale: AppLocale): string {
  if (scale === 'week') return String(Number(key.slice(6)));
  if (scale === 'month') return monthFormat(locale, 'short').format(monthDate(key));
  return key;
}

/** A period's full name for tables and screen readers: `Uge 48, 2026`, `november 2026`, `2026`. */
export function periodLabel(t: TFunction, scale: Scale, key: string, locale: AppLocale): string {
  if (scale === 'week') {
    return t('volunteer.overview.weekLabel', { week: Number(key.slice(6)), year: key.slice(0, 4) });
  }
  if (scale === 'month') return monthFormat(locale, 'long').format(monthDate(key));
  return key;
}

/** Minutes as hours with at most one decimal, `12,5`, for charts and tables. */
export function hours(minutes: number, locale: AppLocale): string {
  return formatNumber(minutes / 60, locale, 1);
}
