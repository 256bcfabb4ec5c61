import type { CoverageCode } from '@/domain/codes/coverage';
import { COUNTRIES_BY_REGION } from '@/domain/codes/countries';
import type { RegionCode } from '@/domain/codes/regions';
import { pick, randomInt, type Random, weightedPicker } from './prng';

type CountryRegion = Exclude<RegionCode, 'global'>;

export interface ProjectRegion {
  region: RegionCode;
  countries: string[];
}

const pickRegion = weightedPicker<CountryRegion>([
  ['africa', 32],
  ['asia-oceania', 22],
  ['latin-america-caribbean', 18],
  ['europe-central-asia', 16],
  ['middle-east-north-africa', 12],
]);

// Some states receive many more grants than others. A fixed weight per code (not per seed) gives
// every sample the same believable unevenness in "top benefiting countries".
function countryWeight(code: string): number {
  return 1 + ((code.charCodeAt(0) * 7 + code.charCodeAt(1) * 13) % 5);
}

const countryPickers = Object.fromEntries(
  Object.entries(COUNTRIES_BY_REGION).map(([region, codes]) => [
    region,
    weightedPicker(codes.map((code) => [code, countryWeight(code)] as const)),
  ]),
) as Record<CountryRegion, (rng: Random) => string>;

/** Adds distinct countries of the region until there are `n` of them. */
function addCountries(rng: Random, region: CountryRegion, n: number, into: string[]): void {
  const target = into.length + Math.min(n, COUNTRIES_BY_REGION[region].length);
  while (into.length < target) {
    const code = countryPickers[region](rng);
    if (!into.includes(code)) into.push(code);
  }
}

/**
 * The region and benefiting states for a coverage: one state for a national project, 2–6 states
 * of one region for a regional one, and states of 2–4 regions under 'global' for a global one.
 */
export function drawCountries(rng: Random, coverage: CoverageCode): ProjectRegion {
  const countries: string[] = [];
  if (coverage === 'global') {
    const regionCount = randomInt(rng, 2, 4);
    const chosen: CountryRegion[] = [];
    while (chosen.length < regionCount) {
      const region = pickRegion(rng);
      if (!chosen.includes(region)) chosen.push(region);
    }
    for (const region of chosen) addCountries(rng, region, randomInt(rng, 1, 2), countries);
    return { region: 'global', countries: sorted(countries) };
  }
  const region = pickRegion(rng);
  addCountries(rng, region, coverage === 'national' ? 1 : randomInt(rng, 2, 6), countries);
  return { region, countries: sorted(countries) };
}

/**
 * The codes sorted in place, as `sort()` orders them, by insertion: a project has one to eight,
 * and the built-in sort allocates a working copy for each call.
 */
function sorted(codes: string[]): string[] {
  for (let i = 1; i < codes.length; i++) {
    const code = codes[i]!;
    let j = i - 1;
    for (; j >= 0 && codes[j]! > code; j--) codes[j + 1] = codes[j]!;
    codes[j + 1] = code;
  }
  return codes;
}

const PRIMA_LETTERS = ['P', 'P', 'P', 'T', 'Q'] as const;

/** A Prima ID in the shape of `CN10P0503`: country code, two digits, a letter, four digits. */
export function drawPrimaId(rng: Random, country: string): string {
  const digits = randomInt(rng, 10, 99);
  const letter = pick(rng, PRIMA_LETTERS);
  return country + digits + letter + (FOUR_DIGITS[randomInt(rng, 1, 9999)] as string);
}

/** 0000 to 9999, written once rather than padded for each of a million projects. */
const FOUR_DIGITS: readonly string[] = Array.from({ length: 10_000 }, (_, i) =>
  String(i).padStart(4, '0'),
);
