import { countryName } from '@/domain/codes/countries';
import { coverages } from '@/domain/codes/coverage';
import type { Language } from '@/domain/codes/languages';
import { typeLabel } from '@/domain/codes/project-types';
import { regions } from '@/domain/codes/regions';
import { statuses } from '@/domain/codes/statuses';
import type { Facet } from '@/domain/filters';

/**
 * The label of a facet value in the language: a code-list label, a country name, the year, or a
 * funder's name (from the portfolio's funders by key, else the value as written).
 */
export function facetValueLabel(
  facet: Facet,
  value: string,
  lang: Language,
  funderNames?: ReadonlyMap<string, string>,
): string {
  switch (facet) {
    case 'region':
      return regions.has(value) ? regions.label(value, lang) : value;
    case 'status':
      return statuses.has(value) ? statuses.label(value, lang) : value;
    case 'type':
      return typeLabel(value, lang);
    case 'coverage':
      return coverages.has(value) ? coverages.label(value, lang) : value;
    case 'country':
      return countryName(value, lang);
    case 'year':
      return value;
    case 'funder':
      return funderNames?.get(value) ?? value;
  }
}

/** The i18n key of a facet's accessible name (DESIGN §8). */
export const FACET_LABEL_KEY: Record<Facet, string> = {
  region: 'filters.region',
  status: 'filters.status',
  type: 'filters.type',
  coverage: 'filters.coverage',
  country: 'filters.country',
  year: 'filters.year',
  funder: 'filters.funder',
};
