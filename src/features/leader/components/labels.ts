import type { TFunction } from 'i18next';
import { splitWeek } from '@/lib/dates';
import { formatNumber, formatPercent, type AppLocale } from '@/lib/format';
import type { Audience, TipRate } from '../model';

/** Minutes as hours with at most one decimal: `12,5`. */
export function hoursNumber(minutes: number, locale: AppLocale): string {
  return formatNumber(minutes / 60, locale, 1);
}

/** A share as `43 %`, or a dash when there is none. */
export function percentText(fraction: number | undefined, locale: AppLocale): string {
  return fraction === undefined ? '–' : formatPercent(fraction, locale);
}

/** `Uge 48, 2026`. */
export function weekLabel(t: TFunction, week: string): string {
  return t('leader.weekLabel', splitWeek(week));
}

/** `Uge 48` (the year is in the table). */
export function shortWeekLabel(t: TFunction, week: string): string {
  return t('leader.weekShort', { week: splitWeek(week).week });
}

/** A team's name, or "Ukendt team". */
export function teamName(t: TFunction, name: string | undefined): string {
  return name ?? t('leader.unknownTeam');
}

/** An institution's name, or "Ukendt sted". */
export function institutionName(t: TFunction, name: string | undefined): string {
  return name ?? t('leader.unknownInstitution');
}

/** The kind of audience: `Team`, `Frivillige`, `Alle`. */
export function audienceLabel(t: TFunction, audience: Audience): string {
  switch (audience) {
    case 'team':
      return t('leader.tips.audienceTeam');
    case 'volunteers':
      return t('leader.tips.audienceVolunteers');
    case 'everyone':
      return t('leader.tips.audienceEveryone');
  }
}

/** Where a tip went: `Team Nord`, `Frivillige på Solhjem`, `Alle i kommunen`. */
export function sentToLabel(t: TFunction, tip: TipRate): string {
  switch (tip.audience) {
    case 'team':
      return teamName(t, tip.unitName);
    case 'volunteers':
      return t('leader.tips.sentToVolunteers', { name: institutionName(t, tip.unitName) });
    case 'everyone':
      return t('leader.tips.sentToEveryone');
  }
}
