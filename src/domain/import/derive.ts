import { regionOfCountry, type CoverageCode, type RegionCode } from '@/domain/codes';
import { parsePartialDate } from '@/domain/partial-date';

/** The region of a set of countries: their one region, `global` when they span several, undefined for none. */
export function regionFromCountries(countries: readonly string[]): {
  region: RegionCode | undefined;
  several: boolean;
} {
  const found = new Set<RegionCode>();
  for (const code of countries) {
    const region = regionOfCountry(code);
    if (region) found.add(region);
  }
  if (found.size === 0) return { region: undefined, several: false };
  if (found.size > 1) return { region: 'global', several: true };
  return { region: [...found][0], several: false };
}

/**
 * Coverage from the number of benefiting states, as the fund uses the words: one state is
 * national; several in one region regional; several across regions, or none with no region
 * named, global; none with a region named (a regional programme) regional.
 */
export function coverageFromCountries(
  countryCount: number,
  region: string | undefined,
): CoverageCode {
  if (countryCount === 1) return 'national';
  if (region === 'global' || (countryCount === 0 && region === undefined)) return 'global';
  return 'regional';
}

/** The year of a partial date, or undefined when it is not one. */
export function yearOfDate(date: unknown): number | undefined {
  if (typeof date !== 'string') return undefined;
  return parsePartialDate(date.trim().slice(0, 10))?.year;
}
