import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { isPrinciple } from '../model';

/** Turns a tag into what a reader sees: a principle's translated name, else the tag as written. */
export function useTagLabel(): (tag: string) => string {
  const { t } = useTranslation();
  return useCallback((tag: string) => (isPrinciple(tag) ? t(`tips.principles.${tag}`) : tag), [t]);
}

/** The `Intl` locale of the chosen language. */
export function useLocale() {
  const { i18n } = useTranslation();
  return localeFor(i18n.language);
}
