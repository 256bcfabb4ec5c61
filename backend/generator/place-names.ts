import { countryName, COUNTRY_CODES } from '@/domain/codes/countries';
import type { Language } from '@/domain/codes/languages';
import { regions, type RegionCode } from '@/domain/codes/regions';

/*
 * Country names as they read inside a sentence. The interface shows the platform's short CLDR
 * names ("Congo - Kinshasa", "St. Lucia"); prose reads better with the article and long forms.
 */
const PROSE_OVERRIDES: Record<Language, Record<string, string>> = {
  en: {
    CD: 'the Democratic Republic of the Congo',
    CG: 'the Republic of the Congo',
    CF: 'the Central African Republic',
    DO: 'the Dominican Republic',
    GM: 'the Gambia',
    MH: 'the Marshall Islands',
    MM: 'Myanmar',
    PH: 'the Philippines',
    PS: 'the State of Palestine',
    FM: 'the Federated States of Micronesia',
  },
  fr: {
    CD: 'République démocratique du Congo',
    CG: 'République du Congo',
    MM: 'Myanmar',
    PS: 'État de Palestine',
  },
  es: {
    CD: 'República Democrática del Congo',
    CG: 'República del Congo',
    MM: 'Myanmar',
    PS: 'Estado de Palestina',
  },
};

const AND: Record<Language, string> = { en: ' and ', fr: ' et ', es: ' y ' };

const proseNames: Record<Language, Map<string, string>> = {
  en: new Map(),
  fr: new Map(),
  es: new Map(),
};

/** A country's name as it reads in a title or sentence, cached: a million lookups stay cheap. */
export function proseCountryName(code: string, lang: Language): string {
  const cache = proseNames[lang];
  let name = cache.get(code);
  if (name === undefined) {
    name =
      PROSE_OVERRIDES[lang][code] ??
      countryName(code, lang)
        .replace(/ & /g, AND[lang])
        .replace(/^St\. /, 'Saint ');
    cache.set(code, name);
  }
  return name;
}

/** Region names inside English prose ("in the Middle East and North Africa"). */
const REGION_PROSE_EN: Record<RegionCode, string> = {
  africa: 'Africa',
  'asia-oceania': 'Asia and Oceania',
  'europe-central-asia': 'Europe and Central Asia',
  'latin-america-caribbean': 'Latin America and the Caribbean',
  'middle-east-north-africa': 'the Middle East and North Africa',
  global: 'countries of origin, transit and destination',
};

/** A region's name inside a sentence or title. */
export function proseRegionName(region: RegionCode, lang: Language): string {
  if (lang === 'en') return REGION_PROSE_EN[region];
  if (region !== 'global') return regions.label(region, lang);
  return lang === 'fr'
    ? 'pays d’origine, de transit et de destination'
    : 'países de origen, tránsito y destino';
}

const REGION_KEYS: Record<RegionCode, number> = {
  africa: 0,
  'asia-oceania': 1,
  'europe-central-asia': 2,
  'latin-america-caribbean': 3,
  'middle-east-north-africa': 4,
  global: 5,
};
const COUNTRY_KEY = new Map(COUNTRY_CODES.map((code, i) => [code, 6 + i]));
/**
 * How many distinct place keys exist (for building numeric memo keys): a project's texts talk
 * about its country, the two countries of a pair, or its region, and texts built for a place
 * are memoised by its number rather than by its name (no name is written to look one up).
 */
export const PLACE_KEY_COUNT = 6 + COUNTRY_CODES.length;

/** The place key of a country. */
export function countryKey(code: string): number {
  return COUNTRY_KEY.get(code) ?? 0;
}

/** The place key of a region (or 'global'). */
export function regionKey(region: RegionCode): number {
  return REGION_KEYS[region];
}

const REGION_OF_KEY = Object.fromEntries(
  Object.entries(REGION_KEYS).map(([region, key]) => [key, region as RegionCode]),
);

/** The place a key stands for (countryKey's or regionKey's), named as proseCountryName does. */
export function proseNameOfPlaceKey(key: number, lang: Language): string {
  const region = REGION_OF_KEY[key];
  if (region !== undefined) return proseRegionName(region, lang);
  const country = COUNTRY_CODES[key - 6];
  if (country === undefined) throw new RangeError(`No place has the key ${key}`);
  return proseCountryName(country, lang);
}
