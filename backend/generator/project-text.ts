import { CLOSINGS, DESCRIPTION_PARTS } from './description-templates';
import { GENERATED_TYPES, type GeneratedType } from './generated-types';
import { PLACE_KEY_COUNT, proseNameOfPlaceKey } from './place-names';
import { chance, pick, randomInt, type Random } from './prng';
import { PHASE_SUFFIXES, TITLES_EN, TITLES_FR } from './title-templates';

/** Share of projects whose title the source wrote in French. */
const FRENCH_TITLE_SHARE = 0.06;
const PHASE_SHARE = 0.08;

/**
 * Writes titles for a type and place: usually English, sometimes French, now and then a later
 * phase. The number of distinct titles is small (template × place × phase), so each is built once
 * and shared, and the place is named only in the language the title is written in, and only the
 * first time: titles are memoised by the place's number (`placeKey`, under PLACE_KEY_COUNT²), not
 * by its name, which would be written for every project to be looked up.
 */
export function createTitleWriter(): (
  rng: Random,
  type: GeneratedType,
  placeKey: number,
  place: (french: boolean) => string,
) => string {
  const memo = new Map<string, Map<number, string>>();
  return (rng, type, placeKey, place) => {
    const french = chance(rng, FRENCH_TITLE_SHARE);
    const template = pick(rng, french ? TITLES_FR[type] : TITLES_EN[type]);
    let titles = memo.get(template);
    if (!titles) memo.set(template, (titles = new Map()));
    const key = placeKey * 2 + (french ? 1 : 0);
    let title = titles.get(key);
    if (title === undefined) titles.set(key, (title = template.replace('{place}', place(french))));
    return chance(rng, PHASE_SHARE) ? title + pick(rng, PHASE_SUFFIXES) : title;
  };
}

const TYPE_INDEX = new Map(GENERATED_TYPES.map((type, i) => [type, i]));

/** Writes descriptions: `key` draws one's choices, `text` writes it. */
export interface DescriptionWriter {
  /**
   * Draws a description's choices (every project draws the same whether or not its text is ever
   * written) and gives its number: projects of the same type, place and choices share it.
   */
  key(rng: Random, type: GeneratedType, placeKey: number): number;
  /** The text of a description numbered by `key`, written on first use and then shared. */
  text(key: number): string;
}

/**
 * Writes 2–4 sentence descriptions. The number of distinct texts is small (type × place ×
 * sentence choices), so each is built once and shared: a million projects then cost a million
 * references rather than a million long strings. A text is written only when first asked for,
 * from its number alone (a mixed-radix number of the type, the place and each choice): the
 * demo's mock API keeps each project's number and writes the few descriptions it shows.
 */
export function createDescriptionWriter(): DescriptionWriter {
  const memo = new Map<number, string>();
  return {
    key(rng, type, placeKey) {
      const parts = DESCRIPTION_PARTS[type];
      const context = randomInt(rng, 0, parts.context.length - 1);
      const activity = randomInt(rng, 0, parts.activities.length - 1);
      const outcome = chance(rng, 0.6) ? randomInt(rng, 0, parts.outcomes.length - 1) : -1;
      const closing = chance(rng, 0.35) ? randomInt(rng, 0, CLOSINGS.length - 1) : -1;
      const typeIndex = TYPE_INDEX.get(type) ?? 0;
      return (
        ((((typeIndex * PLACE_KEY_COUNT + placeKey) * 4 + context) * 4 + activity) * 4 +
          outcome +
          1) *
          8 +
        closing +
        1
      );
    },
    text(key) {
      let text = memo.get(key);
      if (text !== undefined) return text;
      // The key's digits, last first: closing + 1 (radix 8), outcome + 1, activity and context
      // (radix 4 each), then the place and the type.
      const closing = (key % 8) - 1;
      let rest = Math.floor(key / 8);
      const outcome = (rest % 4) - 1;
      rest = Math.floor(rest / 4);
      const activity = rest % 4;
      rest = Math.floor(rest / 4);
      const context = rest % 4;
      rest = Math.floor(rest / 4);
      const placeKey = rest % PLACE_KEY_COUNT;
      const type = GENERATED_TYPES[Math.floor(rest / PLACE_KEY_COUNT)];
      if (type === undefined) throw new RangeError(`No description has the key ${key}`);
      const parts = DESCRIPTION_PARTS[type];
      const sentences = [
        (parts.context[context] as string).replace('{place}', proseNameOfPlaceKey(placeKey, 'en')),
        parts.activities[activity] as string,
      ];
      if (outcome >= 0) sentences.push(parts.outcomes[outcome] as string);
      if (closing >= 0) sentences.push(CLOSINGS[closing] as string);
      text = sentences.join(' ');
      memo.set(key, text);
      return text;
    },
  };
}
