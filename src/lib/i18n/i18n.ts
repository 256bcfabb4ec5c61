import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, type Language } from '@/domain/codes/languages';
import en from './locales/en.json';
import fr from './locales/fr.json';

const STORAGE_KEY = 'portfolio-dashboard.lang';

/** The language to start in: the URL's `lang`, then the remembered choice, then the browser's. */
export function initialLanguage(search: string = globalThis.location?.search ?? ''): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  const stored = readStoredLanguage();
  if (stored) return stored;
  const browser = globalThis.navigator?.language?.slice(0, 2);
  return isLanguage(browser) ? browser : 'en';
}

function readStoredLanguage(): Language | undefined {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the user's language for the next visit. */
export function rememberLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be disabled (private mode); the URL still carries the language.
  }
}

/** Creates the i18next instance with the common strings; features add their own bundles. */
export function createI18n(lang: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr'],
    defaultNS: 'common',
    ns: ['common'],
    resources: { en: { common: en }, fr: { common: fr } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** The app's one i18next instance. */
export const i18n: I18n = createI18n(initialLanguage());

/**
 * Adds a feature's strings under its own namespace. Features call it when their module loads,
 * so each lazy screen brings its own strings and no screen's strings sit in the initial bundle.
 */
export function registerTranslations(ns: string, bundles: Record<Language, object>): void {
  for (const [lang, bundle] of Object.entries(bundles)) {
    if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, bundle, true, false);
  }
}

/** The current interface language. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}
