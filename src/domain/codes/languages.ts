/** The interface languages. English is the default and the fallback. */
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The BCP 47 locale that formats numbers, dates and currency in each language. */
const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

/** The BCP 47 locale used to format numbers and dates in a language. */
export function localeOf(lang: Language): string {
  return LOCALES[lang];
}

/** A label in every interface language. */
export type Labels = Record<Language, string>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
