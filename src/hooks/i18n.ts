import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { I18nContext, initReactI18next } from 'react-i18next';
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

/** The instance given by I18nextProvider (the app's, or a test's), else the app's. */
function useInstance(): I18n {
  return useContext(I18nContext)?.i18n ?? i18n;
}

/** The language the instance is in, re-rendering when it changes. */
function useInstanceLanguage(instance: I18n): string {
  const subscribe = useCallback(
    (onChange: () => void) => {
      instance.on('languageChanged', onChange);
      return () => instance.off('languageChanged', onChange);
    },
    [instance],
  );
  const language = useCallback(() => instance.language, [instance]);
  return useSyncExternalStore(subscribe, language, language);
}

export interface Translation {
  t: TFunction;
  i18n: I18n;
}

/**
 * `t` for a namespace in the interface language, and the instance: what react-i18next's
 * `useTranslation` gives, for components drawn again on every filter click. `useTranslation`
 * rebuilds its options and checks that its namespaces are loaded on every render (≈ 0.1 ms a
 * component, a few ms a click over the filter panel, the header and the table); here a render
 * reads the language and nothing else. Every namespace is registered when its module loads
 * (registerTranslations), so there is nothing to wait for.
 */
export function useT(ns?: string): Translation {
  const instance = useInstance();
  const lng = useInstanceLanguage(instance);
  return useMemo(() => ({ t: instance.getFixedT(lng, ns), i18n: instance }), [instance, lng, ns]);
}

/**
 * The interface language, re-rendering when it changes: the one way components read it (the URL's
 * `lang` sets it through the language control; i18next holds it).
 */
export function useLanguage(): Language {
  const language = useInstanceLanguage(useInstance());
  return isLanguage(language) ? language : 'en';
}
