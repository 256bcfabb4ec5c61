import type { Language } from '../codes/languages';
import type { ProjectSummary } from '../project';
import { searchTextOf } from './search-text';

/** Each project's normalised search text per language, built on first use and kept. */
export interface SearchTexts {
  textsFor(lang: Language): readonly string[];
}

export function createSearchTexts(projects: readonly ProjectSummary[]): SearchTexts {
  const byLang = new Map<Language, string[]>();
  return {
    textsFor(lang) {
      let texts = byLang.get(lang);
      if (!texts) {
        texts = projects.map((p) => searchTextOf(p, lang));
        byLang.set(lang, texts);
      }
      return texts;
    },
  };
}
