import type { Language } from '../codes/languages';
import { FACETS, type Facet, type Filters } from '../filters';
import { firstDay, lastDay } from '../partial-date';
import type { CodedColumn, Columns } from './columns';
import type { SearchIndex } from './search-index';
import { queryTokens } from './search-text';

/**
 * Which filters each project fails, as one bit per filter dimension: bits 0–5 are the facets in
 * FACETS order, then the active period, the budget range and the text search. A project with no
 * bit set matches; one with only facet f's bit set still counts in facet f (DESIGN §7).
 * Each dimension remembers the filter it was last computed for, so a filter change only
 * rewrites the bits of the dimensions that changed (one pass each).
 */
export const PERIOD_BIT = 1 << FACETS.length;
export const BUDGET_BIT = PERIOD_BIT << 1;
export const SEARCH_BIT = BUDGET_BIT << 1;
/** The bit of each facet. */
export const FACET_BIT = Object.fromEntries(FACETS.map((f, d) => [f, 1 << d])) as Record<
  Facet,
  number
>;
/** Bits below this one belong to facets. */
export const FACET_LIMIT = PERIOD_BIT;

export interface MatchState {
  bits: Uint16Array;
  /** The filter each dimension's bits were computed for; '' when it does not narrow. */
  keys: string[];
}

export function createMatchState(n: number): MatchState {
  return { bits: new Uint16Array(n), keys: Array.from({ length: FACETS.length + 3 }, () => '') };
}

function setBit(
  bits: Uint16Array,
  bit: number,
  fails: Uint8Array | null,
  codes: ArrayLike<number>,
): void {
  const keep = ~bit & 0xffff;
  const n = bits.length;
  if (fails === null) {
    for (let i = 0; i < n; i++) bits[i]! &= keep;
    return;
  }
  for (let i = 0; i < n; i++) bits[i] = fails[codes[i]!] ? bits[i]! | bit : bits[i]! & keep;
}

/** 1 for each dictionary code outside the wanted values. */
function failingCodes<K extends string | number>(
  column: Pick<CodedColumn<K>, 'keys' | 'codeOf'>,
  wanted: readonly K[],
): Uint8Array {
  const fails = new Uint8Array(column.keys.length).fill(1);
  for (const w of wanted) {
    const code = column.codeOf.get(w);
    if (code !== undefined) fails[code] = 0;
  }
  return fails;
}

/** A country filter matches when any benefiting state matches: decided once per country list. */
function failingSets(cols: Columns, wanted: readonly string[]): Uint8Array {
  const failsCountry = failingCodes(cols.countries, wanted);
  const sets = cols.setStart.length - 1;
  const fails = new Uint8Array(sets).fill(1);
  for (let s = 0; s < sets; s++) {
    for (let k = cols.setStart[s]!; k < cols.setStart[s + 1]!; k++) {
      if (!failsCountry[cols.setCountry[k]!]) {
        fails[s] = 0;
        break;
      }
    }
  }
  return fails;
}

/** A funder filter matches when any funder matches by key (ref, else name) or by name. */
function failingFunderSets(cols: Columns, wanted: readonly string[]): Uint8Array {
  const { keys } = cols.funders;
  const failsKey = keys.map((key) => !wanted.includes(key));
  const sets = cols.funderStart.length - 1;
  const fails = new Uint8Array(sets).fill(1);
  for (let s = 0; s < sets; s++) {
    for (let k = cols.funderStart[s]!; k < cols.funderStart[s + 1]!; k++) {
      if (!failsKey[cols.funderMember[k]!] || wanted.includes(cols.funderMemberName[k]!)) {
        fails[s] = 0;
        break;
      }
    }
  }
  return fails;
}

function facetKey(values: readonly (string | number)[]): string {
  return values.length === 0 ? '' : [...new Set(values.map(String))].sort().join('\u0000');
}

function updateFacet(
  state: MatchState,
  cols: Columns,
  facet: Facet,
  filters: Filters,
  d: number,
): void {
  const key = facetKey(filters[facet]);
  if (key === state.keys[d]) return;
  state.keys[d] = key;
  const bit = 1 << d;
  if (key === '') return setBit(state.bits, bit, null, []);
  if (facet === 'country')
    return setBit(state.bits, bit, failingSets(cols, filters.country), cols.setOf);
  if (facet === 'year')
    return setBit(state.bits, bit, failingCodes(cols.year, filters.year), cols.year.codes);
  if (facet === 'funder')
    return setBit(state.bits, bit, failingFunderSets(cols, filters.funder), cols.funderSetOf);
  const column = cols[facet];
  setBit(state.bits, bit, failingCodes(column, filters[facet]), column.codes);
}

/** Writes a bit from a per-project test; used by the range and text dimensions. */
function setBitWhere(bits: Uint16Array, bit: number, fails: (i: number) => boolean): void {
  const keep = ~bit & 0xffff;
  for (let i = 0; i < bits.length; i++) bits[i] = fails(i) ? bits[i]! | bit : bits[i]! & keep;
}

function updatePeriod(state: MatchState, cols: Columns, filters: Filters): void {
  const active = filters.from !== undefined || filters.to !== undefined;
  // Year-only bounds span their whole year, like the project dates (DESIGN §7).
  const from =
    filters.from === undefined ? Number.NEGATIVE_INFINITY : firstDay(String(filters.from));
  const to = filters.to === undefined ? Number.POSITIVE_INFINITY : lastDay(String(filters.to));
  const key = active ? `${from}|${to}` : '';
  if (key === state.keys[FACETS.length]) return;
  state.keys[FACETS.length] = key;
  const { start, end } = cols;
  // A bound that is not a year (NaN) compares false and so filters nothing, as in the reference.
  if (!active) setBit(state.bits, PERIOD_BIT, null, []);
  else setBitWhere(state.bits, PERIOD_BIT, (i) => start[i]! > to || end[i]! < from);
}

function updateBudget(state: MatchState, cols: Columns, filters: Filters): void {
  const active = filters.budgetMin !== undefined || filters.budgetMax !== undefined;
  const min = filters.budgetMin ?? Number.NEGATIVE_INFINITY;
  const max = filters.budgetMax ?? Number.POSITIVE_INFINITY;
  const key = active ? `${min}|${max}` : '';
  if (key === state.keys[FACETS.length + 1]) return;
  state.keys[FACETS.length + 1] = key;
  const { budget, hasBudget } = cols;
  if (!active) setBit(state.bits, BUDGET_BIT, null, []);
  else
    setBitWhere(
      state.bits,
      BUDGET_BIT,
      (i) => hasBudget[i] === 0 || budget[i]! < min || budget[i]! > max,
    );
}

function updateSearch(
  state: MatchState,
  filters: Filters,
  lang: Language,
  search: SearchIndex,
): void {
  const tokens = queryTokens(filters.q);
  const key = tokens.length === 0 ? '' : `${lang}\u0000${tokens.join(' ')}`;
  if (key === state.keys[FACETS.length + 2]) return;
  state.keys[FACETS.length + 2] = key;
  if (tokens.length === 0) return setBit(state.bits, SEARCH_BIT, null, []);
  const fails = search.fails(tokens, lang);
  setBitWhere(state.bits, SEARCH_BIT, (i) => fails[i] === 1);
}

/** Brings every dimension's bits up to date with the filters. */
export function updateMatches(
  state: MatchState,
  cols: Columns,
  filters: Filters,
  lang: Language,
  search: SearchIndex,
): void {
  FACETS.forEach((facet, d) => updateFacet(state, cols, facet, filters, d));
  updatePeriod(state, cols, filters);
  updateBudget(state, cols, filters);
  updateSearch(state, filters, lang, search);
}
