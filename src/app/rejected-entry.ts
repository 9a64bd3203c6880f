/**
 * Which entry a refused change is about, in words: "Gåtur, 23. nov. 2026" for an activity, an
 * expense's description, amount and date, a tip's or checklist's title, the first words of a note.
 */
import type { TFunction } from 'i18next';
import { isIsoDate, parseIsoDate } from '@/lib/dates';
import { formatDate, formatExcerpt, formatKroner, type AppLocale } from '@/lib/format';

/** Longest quoted title or text; a longer one is cut and ends in "…". */
const MAX_TEXT = 40;

/**
 * Names an entry from the fields a change carries, whatever its table: the activity type, the
 * title (or text, or description), the amount and the date, those present. `undefined` when none
 * is (a delete, or an edit of other fields): then the kind of entry alone names it.
 */
export function rejectedEntryName(
  fields: Readonly<Record<string, unknown>>,
  t: TFunction,
  locale: AppLocale,
): string | undefined {
  const { activityType, title, text, description, amountOre, date } = fields;
  const words = [title, text, description].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  const parts = [
    // Built-in types are translated; a type the institution wrote shows as written.
    typeof activityType === 'string'
      ? t(`activity.types.${activityType}`, { defaultValue: activityType })
      : undefined,
    words === undefined ? undefined : t('sync.quoted', { text: formatExcerpt(words, MAX_TEXT) }),
    typeof amountOre === 'number' ? formatKroner(amountOre, locale) : undefined,
    typeof date === 'string' && isIsoDate(date)
      ? formatDate(parseIsoDate(date), locale)
      : undefined,
  ].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
