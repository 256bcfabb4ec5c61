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
  return useMemo(
    () => ({
      t: rememberedT(instance, instance.getFixedT(lng, ns), `${lng}\u0000${ns ?? ''}`),
      i18n: instance,
    }),
    [instance, lng, ns],
  );
}

/** Texts an instance has given, by language, namespace, key and options; see rememberedT. */
const texts = new WeakMap<I18n, Map<string, string>>();
/** Texts kept per instance before the memory starts again (counts make many). */
const MAX_TEXTS = 5000;

function textsOf(instance: I18n): Map<string, string> {
  let memory = texts.get(instance);
  if (!memory) {
    const fresh = new Map<string, string>();
    memory = fresh;
    texts.set(instance, fresh);
    // A bundle added or removed (a screen's strings arrive with its chunk) can change any text.
    const forget = () => fresh.clear();
    instance.store.on('added', forget);
    instance.store.on('removed', forget);
    instance.on('languageChanged', forget);
  }
  return memory;
}

/** The options as part of a memory key, or undefined when they hold anything but plain values. */
function optionsKey(options: unknown): string | undefined {
  if (options === undefined) return '';
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return undefined;
  let key = '';
  for (const [name, value] of Object.entries(options)) {
    const type = typeof value;
    if (type !== 'string' && type !== 'number' && type !== 'boolean') return undefined;
    key += `\u0000${name}\u0001${type}\u0001${String(value)}`;
  }
  return key;
}

/**
 * `t` that gives a text it has given before from memory: i18next copies its whole options object
 * on every call (≈ 20–40 µs), and a filter click asks again for the same few dozen texts across
 * the panel, the header and the screen. Only string keys with plain options (strings, numbers,
 * booleans) are remembered; anything else goes to i18next every time.
 */
function rememberedT(instance: I18n, t: TFunction, scope: string): TFunction {
  const memory = textsOf(instance);
  const translate = t as unknown as (...args: unknown[]) => unknown;
  const remembered = (key: unknown, options?: unknown, ...rest: unknown[]) => {
    const call = () => translate(key, options, ...rest);
    const opts = rest.length === 0 && typeof key === 'string' ? optionsKey(options) : undefined;
    if (opts === undefined) return call();
    const memoryKey = `${scope}\u0000${key as string}${opts}`;
    const known = memory.get(memoryKey);
    if (known !== undefined) return known;
    const text = call();
    if (typeof text === 'string') {
      if (memory.size >= MAX_TEXTS) memory.clear();
      memory.set(memoryKey, text);
    }
    return text;
  };
  return remembered as unknown as TFunction;
}

/**
 * The interface language, re-rendering when it changes: the one way components read it (the URL's
 * `lang` sets it through the language control; i18next holds it).
 */
export function useLanguage(): Language {
  const language = useInstanceLanguage(useInstance());
  return isLanguage(language) ? language : 'en';
}
