import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from './codes/countries';
import { coverages } from './codes/coverage';
import { LANGUAGES } from './codes/languages';
import { projectTypes } from './codes/project-types';
import { regions } from './codes/regions';
import { statuses } from './codes/statuses';
import type { Filters } from './filters';
import { PROJECT_FIELDS } from './project';
import {
  isScreenDefault,
  SCREEN_PARAM_VALUES,
  SCREEN_PARAMS,
  type ScreenParam,
  type ScreenParams,
} from './screen-params';
import {
  formatViewQuery,
  parseViewParams,
  serializeViewParams,
  VIEW_PARAMS,
  type ViewState,
} from './url-state';

const year = fc.integer({ min: 1000, max: 9999 });
const amount = fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e15, noNaN: true })).map((x) => x + 0);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Screen settings in canonical form: some parameters set, none to its default. */
const screenParams: fc.Arbitrary<ScreenParams> = fc.record(
  Object.fromEntries(
    SCREEN_PARAMS.map((param) => [
      param,
      fc.constantFrom(
        ...(SCREEN_PARAM_VALUES[param] as readonly string[]).filter(
          (v) => !isScreenDefault(param, v),
        ),
      ),
    ]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<ScreenParams>;

/** A view state already in canonical form: lists in code-list, alphabetical or numeric order. */
const canonicalState: fc.Arbitrary<ViewState> = fc
  .record({
    region: fc.subarray([...regions.codes]),
    status: fc.subarray([...statuses.codes]),
    type: fc.subarray([...projectTypes.codes]),
    coverage: fc.subarray([...coverages.codes]),
    country: fc.subarray([...COUNTRY_CODES], { maxLength: 6 }),
    year: fc.uniqueArray(year, { maxLength: 5 }).map((ys) => ys.sort((a, b) => a - b)),
    // Funders by ref or name: any trimmed text without the list separator.
    funder: fc
      .uniqueArray(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
          .map((s) => s.trim())
          .filter((s) => s !== '' && !s.includes(',')),
        { maxLength: 3 },
      )
      .map((fs) => fs.sort()),
    from: optional(year),
    to: optional(year),
    budgetMin: optional(amount),
    budgetMax: optional(amount),
    q: fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => s.trim()),
    sort: fc.uniqueArray(
      fc.record({
        field: fc.constantFrom(...PROJECT_FIELDS),
        dir: fc.constantFrom('asc' as const, 'desc' as const),
      }),
      {
        selector: (k) => k.field,
        maxLength: 3,
      },
    ),
    screen: screenParams,
    lang: optional(fc.constantFrom(...LANGUAGES)),
  })
  .map(({ sort, screen, lang, ...rest }) => {
    const filters = { ...rest } as Filters;
    for (const key of ['from', 'to', 'budgetMin', 'budgetMax'] as const)
      if (filters[key] === undefined) delete filters[key];
    return lang === undefined ? { filters, sort, screen } : { filters, sort, screen, lang };
  });

const NAMES = [...VIEW_PARAMS, 'mock', 'foo', 'Region', ''];
const VALUES = [
  'africa',
  'AFRICA',
  'ongoing',
  'avrr',
  'national',
  'cn',
  'CN',
  'ZZ',
  '2019',
  '19',
  '2019.5',
  'x',
  '',
  ' ',
  ',',
  'budgetUsd:desc',
  'title',
  'title:up',
  'fr',
  'de',
  '-5',
  '1e3',
  'NaN',
  'Infinity',
  'é',
  '%',
  ':',
  // Screen settings: allowed values, defaults, other screens' values, wrong case.
  'country',
  'region',
  'none',
  'decade',
  'five',
  'all',
  'top',
  'projects',
  'budget',
  'asia-oceania',
  'global',
  'Type',
  'status',
];
const messyValue = fc.oneof(
  fc.array(fc.constantFrom(...VALUES), { maxLength: 4 }).map((vs) => vs.join(',')),
  fc.string({ maxLength: 12 }),
);
const messyParams = fc.oneof(
  fc
    .array(fc.tuple(fc.constantFrom(...NAMES), messyValue), { maxLength: 8 })
    .map((pairs) => new URLSearchParams(pairs)),
  fc.string({ maxLength: 60 }).map((s) => new URLSearchParams(s)),
);

const LIST_PARAMS = new Set([
  'region',
  'status',
  'type',
  'coverage',
  'country',
  'year',
  'funder',
  'sort',
]);

/** Whether a (trimmed) value made it into the parsed state. */
function kept(state: ViewState, param: string, value: string): boolean {
  const f = state.filters as unknown as Record<string, unknown>;
  switch (param) {
    case 'type':
      // A portfolio's own types are kept as written; IOM's codes in any case.
      return state.filters.type.includes(value) || state.filters.type.includes(value.toLowerCase());
    case 'region':
    case 'status':
    case 'coverage':
      return (f[param] as string[]).includes(value.toLowerCase());
    case 'country':
      return state.filters.country.includes(value.toUpperCase());
    case 'year':
      return state.filters.year.includes(Number(value));
    case 'funder':
      return state.filters.funder.includes(value);
    case 'sort':
      return state.sort.some(
        (k) => value === `${k.field}:${k.dir}` || (value === k.field && k.dir === 'asc'),
      );
    case 'lang':
      return state.lang === value.toLowerCase();
    case 'q':
      return state.filters.q === value;
    case 'group':
    case 'zoom':
    case 'rows':
    case 'countries':
    case 'measure':
    case 'highlight':
    case 'stack': {
      // A default is accepted and left out: the screen shows it anyway.
      const set: string | undefined = state.screen[param as ScreenParam];
      const lower = value.toLowerCase();
      return set === lower || (set === undefined && isScreenDefault(param as ScreenParam, lower));
    }
    default:
      return f[param] === Number(value);
  }
}

describe('URL view state properties', () => {
  it('round-trips any state: serialise then parse gives it back, with no problems', () => {
    fc.assert(
      fc.property(canonicalState, (state) => {
        const parsed = parseViewParams(serializeViewParams(state));
        expect(parsed).toEqual({ ...state, problems: [] });
        expect(parseViewParams(new URLSearchParams(formatViewQuery(state)))).toEqual({
          ...state,
          problems: [],
        });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary query strings and names every value it drops', () => {
    fc.assert(
      fc.property(messyParams, (params) => {
        const parsed = parseViewParams(params);
        const named = (param: string, value: string) =>
          parsed.problems.some((p) => p.param === param && p.value === value);
        for (const [name, raw] of params) {
          if (name === 'mock') continue;
          if (!(VIEW_PARAMS as readonly string[]).includes(name)) {
            expect(named(name, raw.trim()), `${name}=${raw}`).toBe(true);
            continue;
          }
          const values = (LIST_PARAMS.has(name) ? raw.split(',') : [raw])
            .map((v) => v.trim())
            .filter((v) => v !== '');
          for (const value of values)
            expect(kept(parsed, name, value) || named(name, value), `${name}=${value}`).toBe(true);
        }
        // What was kept is canonical: it serialises and parses back to itself, cleanly.
        expect(parseViewParams(serializeViewParams(parsed))).toEqual({ ...parsed, problems: [] });
      }),
      { numRuns: 1000 },
    );
  });
});
