import { countryName, regionOfCountry } from '@/domain/codes/countries';
import type { Language } from '@/domain/codes/languages';
import type { RegionCode } from '@/domain/codes/regions';
import type { CountryBin } from '@/domain/engine/types';
import { MAP_MEASURES } from '@/domain/screen-params';
import { isDrawn } from './iso-numeric';
import { quantize, type QuantizeScale } from './quantize';

/** What the map colours countries by, as the URL's `measure` parameter allows it. */
export const MEASURES = MAP_MEASURES;
export type Measure = (typeof MEASURES)[number];

/** One legend entry: a swatch colour and what it stands for. */
export interface LegendItem {
  colour: string;
  label: string;
}

/** One benefiting state as the map and its table show it: the engine's bin plus names. */
export interface CountryDatum {
  code: string;
  name: string;
  region: RegionCode | undefined;
  /** Equal-split budget, straight from the engine's byCountry bin: attributed to this state. */
  budget: number;
  count: number;
  /** The whole budgets of the projects benefiting the state (what filtering by it totals). */
  projectsTotal: number;
  /** False for a state the 110m boundaries cannot draw; it is listed in the table instead. */
  drawn: boolean;
}

/** The map's states from the engine's equal-split country bins, named in the language. */
export function countryData(byCountry: readonly CountryBin[], lang: Language): CountryDatum[] {
  return byCountry.map((bin) => ({
    code: bin.key,
    name: countryName(bin.key, lang),
    region: regionOfCountry(bin.key),
    budget: bin.budget,
    count: bin.count,
    projectsTotal: bin.projectsTotal,
    drawn: isDrawn(bin.key),
  }));
}

/** The number a state is coloured by. */
export function measureOf(datum: Pick<CountryDatum, 'budget' | 'count'>, measure: Measure): number {
  return measure === 'budget' ? datum.budget : datum.count;
}

/** The colour scale for the states shown: from 0 to the largest value, whole numbers for counts. */
export function scaleFor(data: readonly CountryDatum[], measure: Measure): QuantizeScale {
  const max = data.reduce((m, d) => Math.max(m, measureOf(d, measure)), 0);
  return quantize(max, { integer: measure === 'projects' });
}

/** One collator a language: building one costs more than comparing with it. */
const collators = new Map<Language, Intl.Collator>();
function collatorOf(lang: Language): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang)));
  return collator;
}

/** The states by the measure, largest first, then by name in the language. */
export function sortByMeasure(
  data: readonly CountryDatum[],
  measure: Measure,
  lang: Language,
): CountryDatum[] {
  const collator = collatorOf(lang);
  return [...data].sort(
    (a, b) => measureOf(b, measure) - measureOf(a, measure) || collator.compare(a.name, b.name),
  );
}
