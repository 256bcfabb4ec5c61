import { countryName } from '../codes/countries';
import type { Language } from '../codes/languages';
import { normalizeText } from '../codes/normalize';
import { typeLabel } from '../codes/project-types';
import type { Columns, KeptProject } from './columns';
import {
  holdsToken,
  ownSearchParts,
  SEARCH_SEPARATOR,
  tokenNarrows,
  tokenNeedles,
} from './search-text';

/**
 * Text search over the same words as `searchTextOf`, split in two so that most of the work is
 * shared: each project's own text (title and IDs, the same in every language, normalised once)
 * and a text per distinct (type, country list) pair in each language (few, normalised once per
 * language). Query tokens and their compact forms hold no spaces and the parts are joined by
 * " \u0001 ", so a token occurs in the whole text exactly when it occurs in one of the parts.
 */
export interface SearchIndex {
  /** 1 for each project that lacks one of the (normalised, non-empty) tokens. */
  fails(tokens: readonly string[], lang: Language): Uint8Array;
  /** Builds the texts for a language ahead of the first search (the costly part). */
  prepare(lang: Language): void;
  /**
   * The same work in slices of about `slice` projects, one per step, so that a Worker can answer
   * requests between them; a search arriving mid-way finishes the rest itself.
   */
  prepareSteps(lang: Language, slice: number): Generator<void, void, undefined>;
}

/** How many recent results to keep: clearing and retyping a query is common. */
const KEPT_RESULTS = 4;

/** Whether every earlier token is inside some newer one: then the new matches are a subset. */
function narrows(earlier: readonly string[], tokens: readonly string[]): boolean {
  return earlier.every((e) => tokens.some((t) => tokenNarrows(e, t)));
}

export function createSearchIndex(projects: readonly KeptProject[], cols: Columns): SearchIndex {
  let own: string[] | undefined;
  // Own texts built so far by prepareSteps (the first `ownDone` projects').
  let ownPartial: string[] = [];
  let comboOf: Uint32Array | undefined;
  const comboProject: number[] = [];
  const comboTexts = new Map<Language, string[]>();
  const results: { lang: Language; tokens: readonly string[]; fails: Uint8Array }[] = [];

  const ownText = (p: KeptProject) => normalizeText(ownSearchParts(p).join(SEARCH_SEPARATOR));
  const ownTexts = (): string[] => {
    if (own) return own;
    for (let i = ownPartial.length; i < projects.length; i++)
      ownPartial.push(ownText(projects[i]!));
    own = ownPartial;
    ownPartial = [];
    return own;
  };

  const combos = (): Uint32Array => {
    if (comboOf) return comboOf;
    const byKey = new Map<number, number>();
    const types = cols.type.keys.length;
    comboOf = new Uint32Array(cols.n);
    for (let i = 0; i < cols.n; i++) {
      const key = cols.setOf[i]! * types + cols.type.codes[i]!;
      let combo = byKey.get(key);
      if (combo === undefined) {
        combo = comboProject.push(i) - 1;
        byKey.set(key, combo);
      }
      comboOf[i] = combo;
    }
    return comboOf;
  };

  /** The (type, countries) text of project i in a language. */
  const comboText = (i: number, lang: Language): string => {
    const p = projects[i]!;
    const words = [typeLabel(p.type, lang), ...p.countries.map((c) => countryName(c, lang))];
    return normalizeText(words.join(SEARCH_SEPARATOR));
  };
  const textsOf = (lang: Language): string[] => {
    combos();
    let texts = comboTexts.get(lang);
    if (!texts) {
      texts = comboProject.map((i) => comboText(i, lang));
      comboTexts.set(lang, texts);
    }
    return texts;
  };

  const compute = (
    tokens: readonly string[],
    lang: Language,
    knownFails: Uint8Array | undefined,
  ): Uint8Array => {
    const texts = ownTexts();
    const combo = combos();
    const shared = textsOf(lang);
    const needles = tokens.map(tokenNeedles);
    // Per token: which (type, countries) texts hold it, decided once per combination.
    const inShared = needles.map((n) =>
      Uint8Array.from(shared, (text) => (holdsToken(text, n) ? 1 : 0)),
    );
    const fails = new Uint8Array(cols.n);
    for (let i = 0; i < cols.n; i++) {
      if (knownFails && knownFails[i]) {
        fails[i] = 1;
        continue;
      }
      for (let k = 0; k < tokens.length; k++) {
        if (!inShared[k]![combo[i]!] && !holdsToken(texts[i]!, needles[k]!)) {
          fails[i] = 1;
          break;
        }
      }
    }
    return fails;
  };

  return {
    prepare(lang) {
      ownTexts();
      textsOf(lang);
    },
    *prepareSteps(lang, slice) {
      while (!own && ownPartial.length < projects.length) {
        const end = Math.min(projects.length, ownPartial.length + slice);
        for (let i = ownPartial.length; i < end; i++) ownPartial.push(ownText(projects[i]!));
        yield;
      }
      ownTexts();
      yield;
      combos();
      yield;
      // Nearly one combination per project at 1M: their texts a slice at a time too (built at
      // once they took 3 s, a stall for the view asked for meanwhile).
      const texts: string[] = [];
      while (!comboTexts.has(lang) && texts.length < comboProject.length) {
        const end = Math.min(comboProject.length, texts.length + slice);
        for (let k = texts.length; k < end; k++) texts.push(comboText(comboProject[k]!, lang));
        yield;
      }
      if (!comboTexts.has(lang)) comboTexts.set(lang, texts);
    },
    fails(tokens, lang) {
      const key = tokens.join(' ');
      const hit = results.findIndex((r) => r.lang === lang && r.tokens.join(' ') === key);
      if (hit >= 0) {
        const [result] = results.splice(hit, 1);
        results.unshift(result!);
        return result!.fails;
      }
      // Typing on refines a recent query: only that query's matches need testing again.
      const wider = results.find((r) => r.lang === lang && narrows(r.tokens, tokens));
      const fails = compute(tokens, lang, wider?.fails);
      results.unshift({ lang, tokens, fails });
      if (results.length > KEPT_RESULTS) results.pop();
      return fails;
    },
  };
}
