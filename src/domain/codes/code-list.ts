import { LANGUAGES, type Labels, type Language } from './languages';
import { normalizeText } from './normalize';

/** One entry of a code list: a stable code, its labels and other words sources use for it. */
export interface CodeEntry<C extends string> {
  code: C;
  labels: Labels;
  /** Further words real sources write for this code (matched case- and accent-insensitively). */
  aliases?: readonly string[];
}

/** A code list with lookups by code and by any label or alias. */
export interface CodeList<C extends string> {
  entries: readonly CodeEntry<C>[];
  codes: readonly C[];
  has(code: string): code is C;
  label(code: C, lang: Language): string;
  /** The code for a code, label or alias in any language, or undefined. */
  resolve(word: string): C | undefined;
}

/** Builds a code list whose `resolve` accepts codes, labels and aliases alike. */
export function defineCodeList<C extends string>(entries: readonly CodeEntry<C>[]): CodeList<C> {
  const codes = entries.map((e) => e.code);
  const byCode = new Map(entries.map((e) => [e.code as string, e]));
  const byWord = new Map<string, C>();
  for (const entry of entries) {
    const labels = LANGUAGES.map((lang) => entry.labels[lang]);
    const words = [entry.code, ...labels, ...(entry.aliases ?? [])];
    for (const word of words) byWord.set(normalizeText(word), entry.code);
  }
  return {
    entries,
    codes,
    has: (code: string): code is C => byCode.has(code),
    label: (code, lang) => byCode.get(code)?.labels[lang] ?? code,
    // Most records hold the code itself: skip normalising those (a large portfolio has millions).
    resolve: (word) => (byCode.has(word) ? (word as C) : byWord.get(normalizeText(word))),
  };
}
