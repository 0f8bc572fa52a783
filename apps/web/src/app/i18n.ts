import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from './locales/da.json';
import en from './locales/en.json';

/**
 * One catalogue per language, namespaced by area (`common`, `nav`, `auth`, `systems`, …): an area
 * adds its strings under its own top-level key in both `da.json` and `en.json`, and reads them
 * with `useTranslation('<area>')`. The types in `i18next.d.ts` make a missing key a type error.
 */
export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'da';
export const LOCALE_STORAGE_KEY = 'overblik.locale';
export const resources = { da, en } as const;
export const namespaces = Object.keys(da) as (keyof typeof da)[];

export const isLocale = (value: unknown): value is Locale => value === 'da' || value === 'en';

export function readStoredLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/** The language the i18n instance currently shows, narrowed to a supported locale. */
export const currentLocale = (instance: I18n): Locale =>
  isLocale(instance.resolvedLanguage) ? instance.resolvedLanguage : DEFAULT_LOCALE;

/** A fresh i18next instance (the app uses one; each test may create its own). */
export function createI18n(locale: Locale = readStoredLocale() ?? DEFAULT_LOCALE): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    ns: namespaces,
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = locale;
  // Registered after init: only a real choice is remembered, not the default the app starts with.
  instance.on('languageChanged', (lng) => {
    if (!isLocale(lng)) return;
    document.documentElement.lang = lng;
    storeLocale(lng);
  });
  return instance;
}

export const i18n = createI18n();
