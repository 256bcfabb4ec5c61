import { COUNTRIES_BY_REGION, COUNTRY_CODES, countryName } from '../src/domain/codes/countries';
import {
  PROJECT_ID_PREFIX,
  projectTypes,
  type ProjectTypeCode,
} from '../src/domain/codes/project-types';
import type { RegionCode } from '../src/domain/codes/regions';
import { lastDay } from '../src/domain/partial-date';
import type { ProjectSummary } from '../src/domain/project';

/**
 * A small deterministic stand-in for the product's portfolio generator, for benchmarks only:
 * valid records with the shape of the real fund (DESIGN §3). Once src/domain/generator lands,
 * `benchPortfolio` becomes `generatePortfolio({ count, seed }).projects`.
 */

/** mulberry32: a tiny seeded PRNG, enough for benchmark data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, values: readonly T[]): T =>
  values[Math.floor(random() * values.length)]!;
function weighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  let r = random() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of entries) if ((r -= w) < 0) return value;
  return entries[entries.length - 1]![0];
}

const REGION_WEIGHTS = [
  ['africa', 34],
  ['asia-oceania', 20],
  ['europe-central-asia', 16],
  ['latin-america-caribbean', 16],
  ['middle-east-north-africa', 10],
  ['global', 4],
] as const satisfies readonly (readonly [RegionCode, number])[];

const TYPES = projectTypes.codes.filter((t) => t !== 'other');
const THEMES: Record<string, string> = {
  avrr: 'réintégration durable des migrants de retour',
  'counter-trafficking': 'counter-trafficking referral mechanisms',
  'labour-migration': 'labour mobility and skills partnerships',
  'border-management': 'gestion intégrée des frontières',
  'migration-development': 'diaspora engagement for development',
  'migration-health': 'santé des migrants et préparation sanitaire',
  'policy-research': 'migration data and policy research',
  environment: 'climate mobility and disaster displacement',
};
const OPENERS = [
  'Strengthening',
  'Renforcer la',
  'Supporting',
  'Appui à la',
  'Enhancing',
  'Building capacity for',
];
const AS_OF_DAY = lastDay('2026-06-30');

function countriesOf(random: Random, region: RegionCode, coverage: string): string[] {
  const pool = region === 'global' ? COUNTRY_CODES : COUNTRIES_BY_REGION[region];
  const wanted =
    coverage === 'national'
      ? 1
      : coverage === 'regional'
        ? 2 + Math.floor(random() * 5)
        : 3 + Math.floor(random() * 8);
  const chosen = new Set<string>();
  while (chosen.size < Math.min(wanted, pool.length)) chosen.add(pick(random, pool));
  return [...chosen];
}

/** Budgets skewed towards the low end of the fund's ranges (USD 50–200k national, 100–300k regional). */
function budgetOf(random: Random, coverage: string): number {
  const [low, high] = coverage === 'national' ? [50_000, 200_000] : [100_000, 300_000];
  const amount = low + (high - low) * random() ** 1.8;
  return random() < 0.2 ? Math.round(amount * 100) / 100 : Math.round(amount / 100) * 100;
}

function datesOf(
  random: Random,
  year: number,
): { startDate: string; endDate?: string; ongoing: boolean } {
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const mm = String(month).padStart(2, '0');
  const precision = random();
  const startDate =
    precision < 0.2
      ? String(year)
      : precision < 0.5
        ? `${year}-${mm}`
        : `${year}-${mm}-${String(day).padStart(2, '0')}`;
  const endYear = year + 1 + Math.floor(random() * 4);
  const endDate = precision < 0.2 ? String(endYear) : `${endYear}-${mm}`;
  const ongoing = lastDay(endDate) >= AS_OF_DAY;
  // Some ongoing projects have no end date yet.
  if (ongoing && random() < 0.25) return { startDate, ongoing };
  return { startDate, endDate, ongoing };
}

const names = new Map<string, string>();
const nameOf = (code: string): string => {
  let name = names.get(code);
  if (name === undefined) names.set(code, (name = countryName(code, 'en')));
  return name;
};

function projectOf(random: Random, seq: number): ProjectSummary {
  const region = weighted(random, REGION_WEIGHTS);
  const coverage = region === 'global' ? 'global' : random() < 0.72 ? 'national' : 'regional';
  const type: ProjectTypeCode = pick(random, TYPES);
  const countries = countriesOf(random, region, coverage);
  // More projects in later years, as the fund grew.
  const year = 2001 + Math.floor(26 * Math.sqrt(random()));
  const { startDate, endDate, ongoing } = datesOf(random, year);
  const project: ProjectSummary = {
    id: `${PROJECT_ID_PREFIX[type]}.${String(seq).padStart(4, '0')}`,
    primaId: `${countries[0] ?? 'XX'}${String(year % 100).padStart(2, '0')}P${String(Math.floor(random() * 10_000)).padStart(4, '0')}`,
    title: `${pick(random, OPENERS)} ${THEMES[type]}${countries.length === 1 ? ` – ${nameOf(countries[0]!)}` : ''}`,
    startDate,
    status: ongoing ? 'ongoing' : 'completed',
    type,
    budgetUsd: budgetOf(random, coverage),
    coverage,
    year,
    region,
    countries,
  };
  if (endDate !== undefined) project.endDate = endDate;
  return project;
}

/** A deterministic portfolio of `count` projects. */
export function benchPortfolio({ count, seed }: { count: number; seed: number }): ProjectSummary[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => projectOf(random, i + 1));
}
