import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from '@/domain/codes/languages';
import { initialLanguage } from '@/lib/i18n/language';
import en from '@/lib/i18n/locales/en.json';
import es from '@/lib/i18n/locales/es.json';
import fr from '@/lib/i18n/locales/fr.json';
import { withPluralForms } from '@/lib/i18n/plural-forms';

/** Creates the i18next instance with the common strings; features add their own bundles. */
export function createI18n(lang: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    ns: ['common'],
    resources: {
      en: { common: en },
      fr: { common: withPluralForms('fr', fr) },
      es: { common: withPluralForms('es', es) },
    },
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
    if (!i18n.hasResourceBundle(lang, ns))
      i18n.addResourceBundle(lang, ns, withPluralForms(lang, bundle), true, false);
  }
}

/**
 * The interface language, re-rendering when it changes: the one way components read it (the URL's
 * `lang` sets it through the language control; i18next holds it).
 */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return isLanguage(instance.language) ? instance.language : 'en';
}
