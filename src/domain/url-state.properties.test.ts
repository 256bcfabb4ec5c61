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
  readWindowStart,
  SCREEN_PARAM_VALUES,
  SCREEN_PARAMS,
  type ScreenParam,
  type ScreenParams,
} from './screen-params';
import {
  formatViewQuery,
  parseViewParams,
  serializeViewParams,
  URL_YEAR_RANGE,
  VIEW_PARAMS,
  type ParsedViewParams,
  type ViewState,
} from './url-state';

const year = fc.integer({ min: URL_YEAR_RANGE.min, max: URL_YEAR_RANGE.max });
const amount = fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e15, noNaN: true })).map((x) => x + 0);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Screen settings in canonical form: some parameters set, none to its default. */
const screenParams: fc.Arbitrary<ScreenParams> = fc.record(
  Object.fromEntries(
    SCREEN_PARAMS.map((param) => [
      param,
      param === 'at'
        ? fc
            .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }) })
            .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`)
        : fc.constantFrom(
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
    // A canonical range never ends before it starts (such a range is ignored and named).
    for (const [low, high] of [
      ['from', 'to'],
      ['budgetMin', 'budgetMax'],
    ] as const) {
      const lo = filters[low];
      const hi = filters[high];
      if (lo !== undefined && hi !== undefined && lo > hi) [filters[low], filters[high]] = [hi, lo];
    }
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
  '0001',
  '1899',
  '2101',
  '2030',
  '2000',
  'ß',
  'SS',
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

/** Any text as a query string, rich in the characters that structure one. */
const rawQuery = fc
  .array(
    fc.oneof(
      fc.constantFrom('&', '=', '%', '%2C', '+', ',', ':', '?', '#', ';', '%00', '%FF'),
      fc.constantFrom(...NAMES, ...VALUES),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

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
    case 'at':
      // The timeline's window start is kept in its canonical YYYY-MM form.
      return state.screen.at !== undefined && state.screen.at === readWindowStart(value);
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
      fc.property(
        fc.oneof(
          messyParams,
          rawQuery.map((q) => new URLSearchParams(q)),
        ),
        (params) => {
          const parsed = parseViewParams(params);
          for (const [name, raw] of params) {
            if (name === 'mock' || name === 'mockCount') continue;
            if (!(VIEW_PARAMS as readonly string[]).includes(name)) {
              expect(named(parsed, name, raw.trim()), `${name}=${raw}`).toBe(true);
              continue;
            }
            const values = (LIST_PARAMS.has(name) ? raw.split(',') : [raw])
              .map((v) => v.trim())
              .filter((v) => v !== '');
            for (const value of values)
              expect(
                kept(parsed, name, value) || named(parsed, name, value),
                `${name}=${value}`,
              ).toBe(true);
          }
          // What was kept is canonical: it serialises and parses back to itself, cleanly.
          expect(parseViewParams(serializeViewParams(parsed))).toEqual({ ...parsed, problems: [] });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('does work linear in the length of the address', () => {
    const base = scanWork(() => parseViewParams(new URLSearchParams('')));
    fc.assert(
      fc.property(rawQuery, (query) => {
        const work = scanWork(() => parseViewParams(new URLSearchParams(query)));
        expect(work).toBeLessThanOrEqual(base + PER_CHARACTER * (query.length + 1));
      }),
      { numRuns: 300 },
    );
    // Shapes that once cost the square of their size: many distinct unknown parameters, many
    // distinct dropped list values, long lists of kept values, repeated one-value parameters.
    const shapes: ((n: number) => string)[] = [
      (n) => Array.from({ length: n }, (_, i) => `p${i}=${i}`).join('&'),
      (n) => `country=${Array.from({ length: n }, (_, i) => `x${i}`).join(',')}`,
      (n) => `year=${Array.from({ length: n }, (_, i) => 1900 + (i % 201)).join(',')}`,
      (n) => Array.from({ length: n }, (_, i) => `from=${i}`).join('&'),
      (n) => `sort=${Array.from({ length: n }, (_, i) => `f${i}`).join(',')}`,
    ];
    for (const shape of shapes) {
      const small = shape(2_000);
      const large = shape(8_000);
      const smallWork = scanWork(() => parseViewParams(new URLSearchParams(small)));
      const largeWork = scanWork(() => parseViewParams(new URLSearchParams(large)));
      // Four times the address, at most about four times the work (quadratic would be 16).
      expect(largeWork / smallWork, shape(3)).toBeLessThan(5);
      expect(largeWork, shape(3)).toBeLessThanOrEqual(base + PER_CHARACTER * large.length);
    }
  });
});

/** Array elements each parse may visit per character of the address. */
const PER_CHARACTER = 20;

/**
 * The work `run` does, counted structurally rather than timed: every array scan or pass it makes
 * (includes, some, find, filter, map…) adds the length of the array it runs over.
 */
function scanWork(run: () => unknown): number {
  const METHODS = [
    'includes',
    'indexOf',
    'some',
    'every',
    'find',
    'findIndex',
    'filter',
    'map',
    'flatMap',
    'forEach',
    'reduce',
    'join',
    'slice',
    'concat',
  ] as const;
  const proto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = METHODS.map((name) => proto[name]!);
  let work = 0;
  METHODS.forEach((name, i) => {
    const original = originals[i]!;
    proto[name] = function (this: unknown[], ...args: unknown[]) {
      work += this.length;
      return original.apply(this, args);
    };
  });
  try {
    run();
  } finally {
    METHODS.forEach((name, i) => {
      proto[name] = originals[i]!;
    });
  }
  return work;
}

/** Whether the parse named this parameter's value as ignored (alone, or as one end of a range). */
function named(parsed: ParsedViewParams, param: string, value: string): boolean {
  return parsed.problems.some(
    (p) =>
      (p.param === param && p.value === value) ||
      (p.conflict?.param === param && p.conflict.value === value) ||
      // A contradictory range is named by its numbers, which may be written otherwise (`02030`).
      ((p.param === param || p.conflict?.param === param) &&
        Number(value) === Number(p.param === param ? p.value : p.conflict?.value)),
  );
}
