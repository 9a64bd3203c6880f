/**
 * i18next setup: Danish first and complete, English complete.
 *
 * The shared Danish texts are in the first download and the features' Danish texts come with the
 * first screen (`loadFeatureTexts`); English is its own chunk, precached by the service worker so
 * switching works offline. The chosen language is UI state kept in localStorage; dates and
 * numbers follow it through `appLocale()`.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { AppLocale } from '@/lib/format';
import { da } from './danish';

/** Languages the app speaks, Danish first. */
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'samspil.language';

function savedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

/**
 * Initialises the shared i18next instance in Danish (idempotent). Call `startLanguage()` before
 * the first render to switch to a saved other language.
 */
export function initI18n(): I18n {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { da: { translation: da } },
      partialBundledLanguages: true,
      lng: 'da',
      fallbackLng: 'da',
      supportedLngs: LANGUAGES,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    setDocumentLanguage('da');
  }
  return i18next;
}

/** Loads the catalogue for `language` if it is not there yet (English is its own chunk). */
async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' && !i18next.hasResourceBundle('en', 'translation')) {
    const { en } = await import('./english');
    i18next.addResourceBundle('en', 'translation', en, true, true);
  }
}

let featureTexts: Promise<void> | undefined;

/**
 * Loads the features' Danish texts once (English loads whole, with `changeLanguage`). Screens are
 * lazy chunks; src/app loads this alongside each one, so texts never wait on their own.
 */
export function loadFeatureTexts(): Promise<void> {
  featureTexts ??= import('./danish-features').then(({ daFeatures }) => {
    initI18n().addResourceBundle('da', 'translation', daFeatures, true, false);
  });
  return featureTexts;
}

/** Switches to the language saved on this device, if it is not Danish (before the first render). */
export async function startLanguage(): Promise<void> {
  const language = savedLanguage();
  if (language !== i18next.language) await changeLanguage(language);
}

/** Switches language (loading its catalogue first), remembers it and updates `<html lang>`. */
export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
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
