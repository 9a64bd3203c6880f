/**
 * i18next setup: Danish first and complete, English complete.
 *
 * Both catalogues are bundled (a few KB each) so language switching works offline. The chosen
 * language is UI state kept in localStorage; dates and numbers follow it through `appLocale()`.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { AppLocale } from '@/lib/format';
import daCore from './da.json';
import enCore from './en.json';

type Catalogue = { [key: string]: string | Catalogue };

// Each feature keeps its texts in its own file (`da/<feature>.json`, `en/<feature>.json`), with
// its own top-level key, merged over the shared catalogue here.
const daParts = import.meta.glob<Catalogue>('./da/*.json', { eager: true, import: 'default' });
const enParts = import.meta.glob<Catalogue>('./en/*.json', { eager: true, import: 'default' });

function merge(core: Catalogue, parts: Record<string, Catalogue>): Catalogue {
  const result: Catalogue = { ...core };
  for (const part of Object.values(parts)) {
    for (const [key, value] of Object.entries(part)) {
      const existing = result[key];
      result[key] =
        typeof existing === 'object' && typeof value === 'object'
          ? merge(existing, { part: value })
          : value;
    }
  }
  return result;
}

const da = merge(daCore as Catalogue, daParts);
const en = merge(enCore as Catalogue, enParts);

/** Languages the app speaks, Danish first. */
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'samspil.language';

/** The translation catalogues, for tests that compare them. */
export const resources = { da: { translation: da }, en: { translation: en } } as const;

function savedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

/** Initialises the shared i18next instance (idempotent). */
export function initI18n(language: Language = savedLanguage()): I18n {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'da',
      supportedLngs: LANGUAGES,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    setDocumentLanguage(language);
  }
  return i18next;
}

/** Switches language, remembers it and updates `<html lang>`. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse localStorage; the choice then lasts for this visit only.
  }
  setDocumentLanguage(language);
}

function setDocumentLanguage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** The `Intl` locale for a language. */
export function localeFor(language: string): AppLocale {
  return language === 'en' ? 'en-GB' : 'da-DK';
}
