import type { CodeList } from './codes/code-list';
import { isKnownCountry } from './codes/countries';
import { coverages } from './codes/coverage';
import { isLanguage, type Language } from './codes/languages';
import { compareTypeCodes, projectTypes } from './codes/project-types';
import { regions } from './codes/regions';
import { statuses } from './codes/statuses';
import { FACETS, type Filters, type SortKey } from './filters';
import { MOCK_PARAMS } from './mock-params';
import { PROJECT_FIELDS, type ProjectField } from './project';
import {
  isScreenDefault,
  readScreenValue,
  SCREEN_PARAMS,
  type ScreenParam,
  type ScreenParams,
} from './screen-params';

/**
 * The view state in the query string (DESIGN §6): filters, sort, each screen's own settings and
 * the language; one canonical form out, lenient in.
 * Whatever cannot be used is dropped and named, so that the page can say so and never breaks.
 */

// The facets first, in the order they are counted, then the ranges and the search.
const FILTER_PARAMS = [...FACETS, 'from', 'to', 'budgetMin', 'budgetMax', 'q'] as const;
export type ViewParam = (typeof FILTER_PARAMS)[number] | 'sort' | ScreenParam | 'lang';
/** The query parameters the views use, in the order they are written: filters, sort, screen settings, language. */
export const VIEW_PARAMS: readonly ViewParam[] = [
  ...FILTER_PARAMS,
  'sort',
  ...SCREEN_PARAMS,
  'lang',
];

/** The years a year parameter may name; anything outside is a typo, not a filter. */
export const URL_YEAR_RANGE = { min: 1900, max: 2100 } as const;

export interface ViewState {
  filters: Filters;
  sort: SortKey[];
  /** Each screen's own settings; a default is never listed. */
  screen: ScreenParams;
  lang?: Language;
}

/**
 * A parameter value that was ignored: an unknown code, a malformed value, an unknown parameter,
 * or (`conflict`) one end of a range that ends before it starts, the other end named in `conflict`.
 */
export interface ParamProblem {
  param: string;
  value: string;
  conflict?: { param: string; value: string };
}

export type ParsedViewParams = ViewState & { problems: ParamProblem[] };

const YEAR = /^\d{4}$/;
const AMOUNT = /^\d+(\.\d+)?(e[+-]?\d+)?$/i;
const FIELDS: ReadonlySet<string> = new Set(PROJECT_FIELDS);

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
const inListOrder = <C extends string>(list: CodeList<C>, values: readonly C[]): C[] =>
  list.codes.filter((c) => values.includes(c));
const byNumber = (a: number, b: number) => a - b;
const readYear = (v: string) => {
  if (!YEAR.test(v)) return undefined;
  const year = Number(v);
  return year >= URL_YEAR_RANGE.min && year <= URL_YEAR_RANGE.max ? year : undefined;
};
const readAmount = (v: string) =>
  AMOUNT.test(v) && Number.isFinite(Number(v)) ? Number(v) : undefined;

/**
 * Reads parameters and keeps the list of what it had to drop. Every step is linear in the size
 * of the address (sets, not list scans), so a link with thousands of parameters stays cheap.
 */
function readerOf(params: URLSearchParams) {
  const problems: ParamProblem[] = [];
  const named = new Set<string>();
  const drop = (param: string, value: string) => {
    const key = `${param}\u0000${value}`;
    if (named.has(key)) return;
    named.add(key);
    problems.push({ param, value });
  };
  /** Every comma-separated value of a list parameter, the parameter possibly repeated. */
  const items = (param: ViewParam): string[] =>
    params
      .getAll(param)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== '');
  /** The values of a list parameter that `read` accepts; the others are dropped. */
  const list = <T>(param: ViewParam, read: (item: string) => T | undefined): T[] => {
    const kept = new Set<T>();
    for (const item of items(param)) {
      const value = read(item);
      if (value === undefined) drop(param, item);
      else kept.add(value);
    }
    return [...kept];
  };
  /** A one-value parameter: the first usable value wins, every other value is dropped. */
  const single = <T>(param: ViewParam, read: (value: string) => T | undefined): T | undefined => {
    let result: T | undefined;
    for (const value of params.getAll(param).map((v) => v.trim())) {
      if (value === '') continue;
      const parsed = result === undefined ? read(value) : undefined;
      if (parsed !== undefined) result = parsed;
      else drop(param, value);
    }
    return result;
  };
  return { problems, drop, items, list, single };
}

type Reader = ReturnType<typeof readerOf>;

const codeIn =
  <C extends string>(codes: CodeList<C>) =>
  (item: string): C | undefined => {
    const code = item.toLowerCase();
    return codes.has(code) ? code : undefined;
  };
/** A type of the portfolio's list: IOM's codes in any case, any other code as written. */
const typeCode = (item: string): string => {
  const lower = item.toLowerCase();
  return projectTypes.has(lower) ? lower : item;
};
/** ASCII letters only: `toUpperCase` would turn `ß` into `SS` (South Sudan). */
const countryCode = (item: string) =>
  /^[A-Za-z]{2}$/.test(item) && isKnownCountry(item.toUpperCase()) ? item.toUpperCase() : undefined;

/** A funder is named by its IATI ref or its name: any text, as the portfolio decides what exists. */
const funderValue = (item: string) => (item.length <= 200 ? item : undefined);

function readFilters(read: Reader): Filters {
  const filters: Filters = {
    region: inListOrder(regions, read.list('region', codeIn(regions))),
    status: inListOrder(statuses, read.list('status', codeIn(statuses))),
    type: read.list('type', typeCode).sort(compareTypeCodes),
    coverage: inListOrder(coverages, read.list('coverage', codeIn(coverages))),
    country: read.list('country', countryCode).sort(),
    year: read.list('year', readYear).sort(byNumber),
    funder: read.list('funder', funderValue).sort(),
    q: read.single('q', (v) => v) ?? '',
  };
  for (const param of ['from', 'to', 'budgetMin', 'budgetMax'] as const) {
    const value = read.single(param, param === 'from' || param === 'to' ? readYear : readAmount);
    if (value !== undefined) filters[param] = value;
  }
  dropContradiction(filters, 'from', 'to', read.problems);
  dropContradiction(filters, 'budgetMin', 'budgetMax', read.problems);
  return filters;
}

/** A range whose low end is above its high end matches nothing: both ends are ignored and named. */
function dropContradiction(
  filters: Filters,
  low: 'from' | 'budgetMin',
  high: 'to' | 'budgetMax',
  problems: ParamProblem[],
): void {
  const lo = filters[low];
  const hi = filters[high];
  if (lo === undefined || hi === undefined || lo <= hi) return;
  problems.push({ param: low, value: String(lo), conflict: { param: high, value: String(hi) } });
  delete filters[low];
  delete filters[high];
}

/** `field:dir` items; the direction defaults to ascending; a repeated field is dropped. */
function readSort(read: Reader): SortKey[] {
  const sort: SortKey[] = [];
  for (const item of read.items('sort')) {
    const [field = '', dir = 'asc', ...extra] = item.split(':').map((s) => s.trim());
    const valid = FIELDS.has(field) && (dir === 'asc' || dir === 'desc') && extra.length === 0;
    if (valid && !sort.some((k) => k.field === field))
      sort.push({ field: field as ProjectField, dir });
    else read.drop('sort', item);
  }
  return sort;
}

/** The screens' settings; a value that is the screen's default anyway is left out, not named. */
function readScreen(read: Reader): ScreenParams {
  const screen: Record<string, string> = {};
  for (const param of SCREEN_PARAMS) {
    const value = read.single(param, (v) => readScreenValue(param, v));
    if (value !== undefined && !isScreenDefault(param, value)) screen[param] = value;
  }
  return screen as ScreenParams;
}

const VIEW_PARAM_SET: ReadonlySet<string> = new Set(VIEW_PARAMS);

/**
 * Reads a view state from query parameters; never throws, and its work grows linearly with the
 * address. `reserved` names parameters that are allowed without being view state (the demo
 * build's mock settings); any other unknown parameter is named.
 */
export function parseViewParams(
  params: URLSearchParams,
  reserved: ReadonlySet<string> = MOCK_PARAMS,
): ParsedViewParams {
  const read = readerOf(params);
  const filters = readFilters(read);
  const sort = readSort(read);
  const screen = readScreen(read);
  const lang = read.single('lang', (v) => {
    const code = v.toLowerCase();
    return isLanguage(code) ? code : undefined;
  });
  for (const [name, value] of params) {
    if (!VIEW_PARAM_SET.has(name) && !reserved.has(name)) read.drop(name, value.trim());
  }
  const { problems } = read;
  return lang === undefined
    ? { filters, sort, screen, problems }
    : { filters, sort, screen, lang, problems };
}

/** Parses kept per reserved set, by query string: the last few addresses. */
const parsedQueries = new WeakMap<ReadonlySet<string>, Map<string, ParsedViewParams>>();
const PARSES_KEPT = 8;

/**
 * parseViewParams of a query string (`a=1&b=2`, without `?`), the same object each time the same
 * query is asked for: on a filter click the explore state, the tab title, the address notice and
 * each screen setting read the new address, and they share one parse. The result is read-only.
 */
export function parseViewQuery(
  query: string,
  reserved: ReadonlySet<string> = MOCK_PARAMS,
): ParsedViewParams {
  let parses = parsedQueries.get(reserved);
  if (!parses) {
    parses = new Map();
    parsedQueries.set(reserved, parses);
  }
  let parsed = parses.get(query);
  if (parsed === undefined) {
    parsed = parseViewParams(new URLSearchParams(query), reserved);
    if (parses.size >= PARSES_KEPT) parses.delete(parses.keys().next().value!);
    parses.set(query, parsed);
  }
  return parsed;
}

/** The state serializeViewParams writes: a view state whose screen settings may be left out. */
export type ViewStateInput = Omit<ViewState, 'sort' | 'screen'> & {
  sort: readonly SortKey[];
  screen?: ScreenParams;
};

/**
 * Writes a view state as query parameters: stable order, values deduplicated and sorted, empty
 * filters and screen defaults left out.
 */
export function serializeViewParams({
  filters,
  sort,
  screen = {},
  lang,
}: ViewStateInput): URLSearchParams {
  const params = new URLSearchParams();
  const list = (param: ViewParam, values: readonly (string | number)[]) => {
    if (values.length > 0) params.set(param, values.join(','));
  };
  list('region', inListOrder(regions, filters.region));
  list('status', inListOrder(statuses, filters.status));
  list('type', unique(filters.type).sort(compareTypeCodes));
  list('coverage', inListOrder(coverages, filters.coverage));
  list('country', unique(filters.country).sort());
  list('year', unique(filters.year).sort(byNumber));
  list('funder', unique(filters.funder).sort());
  for (const param of ['from', 'to', 'budgetMin', 'budgetMax'] as const) {
    const value = filters[param];
    if (value !== undefined) params.set(param, String(value));
  }
  if (filters.q.trim() !== '') params.set('q', filters.q.trim());
  const keys = sort.filter((k, i) => sort.findIndex((other) => other.field === k.field) === i);
  list(
    'sort',
    keys.map((k) => `${k.field}:${k.dir}`),
  );
  for (const param of SCREEN_PARAMS) {
    const value: string | undefined = screen[param];
    if (value !== undefined && !isScreenDefault(param, value)) params.set(param, value);
  }
  if (lang !== undefined) params.set('lang', lang);
  return params;
}

/** The query string of a view state, commas and colons left readable (`region=africa,global`). */
export function formatViewQuery(state: ViewStateInput): string {
  return serializeViewParams(state).toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}
