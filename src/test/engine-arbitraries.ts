import fc from 'fast-check';
import { COUNTRIES_BY_REGION, COUNTRY_CODES } from '@/domain/codes/countries';
import { coverages } from '@/domain/codes/coverage';
import { LANGUAGES } from '@/domain/codes/languages';
import { PROJECT_ID_PREFIX, projectTypes } from '@/domain/codes/project-types';
import { regions } from '@/domain/codes/regions';
import { statuses } from '@/domain/codes/statuses';
import type { Filters, SortKey } from '@/domain/filters';
import {
  PROJECT_FIELDS,
  type Funder,
  type ProjectSummary,
  type YearSpending,
} from '@/domain/project';

/** Title words, some accented, so that search must ignore case and accents. */
const WORDS = [
  'Réintégration',
  'migrants',
  'Santé',
  'frontières',
  'Côte',
  'ŒUVRE',
  'labour',
  'Traite',
  'capacité',
  'études',
  'return',
  'Éducation',
  'climat',
];
/** Query words: title words as typed, fragments, IDs and country names in both languages. */
const QUERY_WORDS = [
  'reintegration',
  'REINTÉGRATION',
  'sante',
  'front',
  'cote',
  'oeuvre',
  'rr.',
  'chine',
  'china',
  'maroc',
  'Morocco',
  'afrique',
  'trafficking',
  'traite',
  'xyz',
  'a',
  'migration',
];

const years = (min: number, max: number) => fc.integer({ min, max });

/** `2019`, `2019-03` or `2019-03-15`: all three precisions occur. */
const partialDate = fc
  .tuple(
    years(2000, 2026),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    fc.constantFrom(0, 1, 2),
  )
  .map(([y, m, d, precision]) => {
    const day = Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate());
    const mm = String(m).padStart(2, '0');
    const dd = String(day).padStart(2, '0');
    return precision === 0 ? String(y) : precision === 1 ? `${y}-${mm}` : `${y}-${mm}-${dd}`;
  });

/** Funders whose refs and names overlap on purpose: one ref under two names, a name that is a ref. */
const FUNDERS: readonly Funder[] = [
  { name: 'Germany', ref: 'XM-DAC-5' },
  { name: 'Germany' },
  { name: 'Sweden', ref: 'XM-DAC-10' },
  { name: 'Sida', ref: 'XM-DAC-10' },
  { name: 'XM-DAC-5' },
  { name: 'Fondation Côte' },
];
/** Funder filter values: refs, names, and one that funds nothing. */
const FUNDER_VALUES = ['XM-DAC-5', 'Germany', 'XM-DAC-10', 'Sida', 'Fondation Côte', 'Nobody'];

const fundersArbitrary: fc.Arbitrary<Funder[] | undefined> = fc.option(
  fc.array(
    fc
      .tuple(
        fc.constantFrom(...FUNDERS),
        fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
      )
      .map(([f, percent]) => (percent === undefined ? { ...f } : { ...f, share: percent / 100 })),
    { maxLength: 3 },
  ),
  { nil: undefined },
);

const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
const optionalAmount = fc.option(cents(500_000), { nil: undefined });
const spendingArbitrary: fc.Arbitrary<YearSpending[] | undefined> = fc.option(
  fc
    .uniqueArray(
      fc.record({
        year: years(2000, 2027),
        disbursedUsd: cents(200_000),
        spentUsd: cents(200_000),
      }),
      { selector: (e) => e.year, maxLength: 4 },
    )
    .map((entries) => entries.sort((a, b) => a.year - b.year)),
  { nil: undefined },
);

const MONEY_KEYS = [
  'funders',
  'committedUsd',
  'disbursedUsd',
  'spentUsd',
  'spendingByYear',
] as const satisfies readonly (keyof ProjectSummary)[];

const REGION_COUNTRIES: Record<string, readonly string[]> = {
  ...COUNTRIES_BY_REGION,
  global: COUNTRY_CODES,
};

/** A valid project: countries from its region (now and then none or a repeated one). */
export const projectSummaryArbitrary: fc.Arbitrary<ProjectSummary> = fc
  .record({
    region: fc.constantFrom(...regions.codes),
    type: fc.constantFrom(...projectTypes.codes),
    number: fc.integer({ min: 1, max: 9999 }),
    primaId: fc.oneof(fc.constant(''), fc.stringMatching(/^[A-Z]{2}\d{2}P\d{4}$/)),
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
    startDate: partialDate,
    endDate: fc.option(partialDate, { nil: undefined }),
    status: fc.constantFrom(...statuses.codes),
    // Cents, so that sums are not exact integers and their order matters.
    budgetUsd: fc.oneof(
      fc.constant(0),
      fc.integer({ min: 0, max: 40_000_000 }).map((c) => c / 100),
    ),
    coverage: fc.constantFrom(...coverages.codes),
    year: years(2000, 2026),
    picks: fc.array(fc.nat(), { maxLength: 4 }),
    repeat: fc.boolean(),
    funders: fundersArbitrary,
    committedUsd: optionalAmount,
    disbursedUsd: optionalAmount,
    spentUsd: optionalAmount,
    spendingByYear: spendingArbitrary,
  })
  .map(({ region, number, words, picks, repeat, endDate, type, ...rest }) => {
    const pool = REGION_COUNTRIES[region]!;
    const countries = [...new Set(picks.map((k) => pool[k % pool.length]!))];
    if (repeat && countries.length > 0 && picks.length === 4) countries.push(countries[0]!);
    const project: ProjectSummary = {
      ...rest,
      region,
      type,
      id: `${PROJECT_ID_PREFIX[type]}.${String(number).padStart(4, '0')}`,
      title: words.join(' '),
      countries,
    };
    if (endDate !== undefined) project.endDate = endDate;
    for (const key of MONEY_KEYS) if (project[key] === undefined) delete project[key];
    return project;
  });

/** A portfolio shaped for the engine: titles to search, funders, money and spending to sum. */
export const portfolioArbitrary = fc.array(projectSummaryArbitrary, {
  maxLength: 80,
  size: 'large',
});

/** Mostly absent, so that several filters at once still leave projects to compare. */
const sometimes = <T>(absent: T, present: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(absent), weight: 2 }, { arbitrary: present, weight: 1 });
const subset = <T>(values: readonly T[]) =>
  sometimes<T[]>(
    [],
    fc.subarray([...values], { minLength: 1, maxLength: Math.min(3, values.length) }),
  );
const optional = (arbitrary: fc.Arbitrary<number>) =>
  sometimes<number | undefined>(undefined, arbitrary);

/** Any filter state: facets, years, an active period, a budget range and a text query. */
export const filtersArbitrary: fc.Arbitrary<Filters> = fc
  .record({
    region: subset(regions.codes),
    status: subset(statuses.codes),
    type: subset(projectTypes.codes),
    coverage: subset(coverages.codes),
    country: subset(['CN', 'MA', 'FR', 'KE', 'BR', 'VN', 'UA', 'TN', 'MX', 'IN', 'SN', 'TH']),
    year: sometimes<number[]>([], fc.array(years(1999, 2027), { minLength: 1, maxLength: 8 })),
    funder: subset(FUNDER_VALUES),
    from: optional(years(1999, 2027)),
    to: optional(years(1999, 2027)),
    budgetMin: optional(fc.integer({ min: 0, max: 300_000 })),
    budgetMax: optional(fc.integer({ min: 0, max: 400_000 })),
    q: sometimes(
      '',
      fc
        .array(fc.constantFrom(...QUERY_WORDS), { minLength: 1, maxLength: 2 })
        .map((w) => w.join(' ')),
    ),
  })
  .map((f) => {
    // Drop the keys left undefined: a Filters object leaves them out.
    const filters = { ...f } as Filters;
    for (const key of ['from', 'to', 'budgetMin', 'budgetMax'] as const)
      if (filters[key] === undefined) delete filters[key];
    return filters;
  });

export const sortArbitrary: fc.Arbitrary<SortKey[]> = fc.array(
  fc.record({
    field: fc.constantFrom(...PROJECT_FIELDS),
    dir: fc.constantFrom('asc' as const, 'desc' as const),
  }),
  { maxLength: 3 },
);

export const languageArbitrary = fc.constantFrom(...LANGUAGES);
