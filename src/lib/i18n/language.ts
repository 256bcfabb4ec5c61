import { isLanguage, type Language } from '@/domain/codes/languages';

const STORAGE_KEY = 'portfolio-dashboard.lang';

/**
 * The language to start in: the URL's `lang`, then the remembered choice, then the browser's
 * first language the dashboard speaks (`es-MX` reads as Spanish).
 */
export function initialLanguage(search: string = globalThis.location?.search ?? ''): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  const stored = readStoredLanguage();
  if (stored) return stored;
  const browser = (globalThis.navigator?.languages ?? [globalThis.navigator?.language])
    .map((tag) => tag?.slice(0, 2).toLowerCase())
    .find(isLanguage);
  return browser ?? 'en';
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
