/**
 * Amounts and months for the contact person's screens, through `Intl` (cached per locale).
 */
import type { AppLocale } from '@/lib/format';

const money = new Map<string, Intl.NumberFormat>();
const months = new Map<string, Intl.DateTimeFormat>();

/** Øre as `48,00 kr.` in da-DK. */
export function formatAmount(ore: number, locale: AppLocale): string {
  let formatter = money.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: 'DKK' });
    money.set(locale, formatter);
  }
  return formatter.format(ore / 100);
}

/** `YYYY-MM` as `marts 2026` in da-DK. */
export function formatMonth(month: string, locale: AppLocale): string {
  let formatter = months.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
    months.set(locale, formatter);
  }
  const [year = 1970, monthNumber = 1] = month.split('-').map(Number);
  return formatter.format(new Date(year, monthNumber - 1, 1));
}
