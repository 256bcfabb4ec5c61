import {
  addMoney,
  addMoneyRows,
  addSpending,
  countFunderOnlyFailing,
  createMoneyTallies,
  resetMoneyTallies,
  type MoneyTallies,
} from './aggregate-money';
import type { Columns } from './columns';
import { FACET_BIT, FACET_LIMIT } from './match';
import type { ViewPart } from './types';

/**
 * Counters for one compute, reused between computes. `*N` count matching projects, `*X` count
 * projects that fail only that facet's filter (so facet count = N + X), `*B` sum budgets of
 * matching projects. Two-key sums are flat arrays indexed `a * width + b`.
 */
export interface Tallies {
  /** Passes that summed each optional part so far (what tests count). */
  passes: Record<ViewPart, number>;
  matched: number;
  /** Matching projects whose budget is not provided. */
  noBudget: number;
  total: number;
  regionN: Int32Array;
  regionX: Int32Array;
  statusN: Int32Array;
  statusX: Int32Array;
  typeN: Int32Array;
  typeX: Int32Array;
  coverageN: Int32Array;
  coverageX: Int32Array;
  yearN: Int32Array;
  yearX: Int32Array;
  countryN: Int32Array;
  countryX: Int32Array;
  regionB: Float64Array;
  statusB: Float64Array;
  typeB: Float64Array;
  yearB: Float64Array;
  countryB: Float64Array;
  /** Whole budgets per benefiting state: a project counts in full, once, in each of its states. */
  countryT: Float64Array;
  /**
   * Budget by year × status and year × type. They start at -0 so that a cell some project reached
   * (even with a zero budget, -0 + 0 = +0) can be told apart from an untouched one.
   */
  yearStatusB: Float64Array;
  yearTypeB: Float64Array;
  regionYearB: Float64Array;
  typeYearB: Float64Array;
  countryYearB: Float64Array;
  money: MoneyTallies;
}

export function createTallies(cols: Columns): Tallies {
  const r = cols.region.keys.length;
  const s = cols.status.keys.length;
  const t = cols.type.keys.length;
  const y = cols.year.keys.length;
  const c = cols.countries.keys.length;
  const cv = cols.coverage.keys.length;
  return {
    passes: { pivots: 0, spending: 0 },
    matched: 0,
    noBudget: 0,
    total: 0,
    regionN: new Int32Array(r),
    regionX: new Int32Array(r),
    statusN: new Int32Array(s),
    statusX: new Int32Array(s),
    typeN: new Int32Array(t),
    typeX: new Int32Array(t),
    coverageN: new Int32Array(cv),
    coverageX: new Int32Array(cv),
    yearN: new Int32Array(y),
    yearX: new Int32Array(y),
    countryN: new Int32Array(c),
    countryX: new Int32Array(c),
    regionB: new Float64Array(r),
    statusB: new Float64Array(s),
    typeB: new Float64Array(t),
    yearB: new Float64Array(y),
    countryB: new Float64Array(c),
    countryT: new Float64Array(c),
    yearStatusB: new Float64Array(y * s),
    yearTypeB: new Float64Array(y * t),
    regionYearB: new Float64Array(r * y),
    typeYearB: new Float64Array(t * y),
    countryYearB: new Float64Array(c * y),
    money: createMoneyTallies(cols),
  };
}

function reset(t: Tallies): void {
  t.matched = 0;
  t.noBudget = 0;
  t.total = 0;
  for (const value of Object.values(t)) {
    if (value instanceof Int32Array || value instanceof Float64Array) value.fill(0);
  }
  t.yearStatusB.fill(-0);
  t.yearTypeB.fill(-0);
  resetMoneyTallies(t.money);
}

/**
 * One pass over the portfolio fills every facet count and every chart and KPI sum, and the
 * optional parts named (types.ts VIEW_PARTS): each is summed only for the screen that shows it,
 * as they are most of a pass's cost. Sums run in portfolio order, as the reference engine's do,
 * so they agree to the last bit.
 */
export function tally(
  t: Tallies,
  cols: Columns,
  bits: Uint16Array,
  parts: readonly ViewPart[],
): void {
  startTally(t, parts);
  tallyRange(t, cols, bits, parts, 0, bits.length);
}

/** Empties the tallies for a pass summing `parts` (tallyRange then adds the projects in order). */
export function startTally(t: Tallies, parts: readonly ViewPart[]): void {
  reset(t);
  for (const part of parts) t.passes[part]++;
}

/**
 * Adds projects `from` to `to` (end excluded) to the tallies. Ranges added one after the other in
 * portfolio order give the one pass's sums to the last bit (the same additions, in the same order).
 */
export function tallyRange(
  t: Tallies,
  cols: Columns,
  bits: Uint16Array,
  parts: readonly ViewPart[],
  from: number,
  to: number,
): void {
  const pivots = parts.includes('pivots');
  const spending = parts.includes('spending');
  const { budget, hasBudget, setOf, setStart, setCountry } = cols;
  const region = cols.region.codes;
  const status = cols.status.codes;
  const type = cols.type.codes;
  const coverage = cols.coverage.codes;
  const year = cols.year.codes;
  const nS = cols.status.keys.length;
  const nT = cols.type.keys.length;
  const nY = cols.year.keys.length;
  const {
    regionN,
    statusN,
    typeN,
    coverageN,
    yearN,
    countryN,
    regionB,
    statusB,
    typeB,
    yearB,
    countryB,
    countryT,
  } = t;
  const { yearStatusB, yearTypeB, regionYearB, typeYearB, countryYearB } = t;
  let matched = t.matched;
  let noBudget = t.noBudget;
  let total = t.total;
  for (let i = from; i < to; i++) {
    const b = bits[i]!;
    if (b === 0) {
      const r = region[i]!;
      const s = status[i]!;
      const ty = type[i]!;
      const y = year[i]!;
      const amount = budget[i]!;
      matched++;
      noBudget += 1 - hasBudget[i]!;
      total += amount;
      regionN[r]!++;
      statusN[s]!++;
      typeN[ty]!++;
      coverageN[coverage[i]!]!++;
      yearN[y]!++;
      regionB[r]! += amount;
      statusB[s]! += amount;
      typeB[ty]! += amount;
      yearB[y]! += amount;
      yearStatusB[y * nS + s]! += amount;
      yearTypeB[y * nT + ty]! += amount;
      const set = setOf[i]!;
      const lo = setStart[set]!;
      const hi = setStart[set + 1]!;
      // Equal split among the benefiting states (DESIGN §7), so country sums reconcile.
      const share = amount / (hi - lo);
      for (let k = lo; k < hi; k++) {
        const c = setCountry[k]!;
        countryN[c]!++;
        countryB[c]! += share;
        if (!listedBefore(setCountry, lo, k, c)) countryT[c]! += amount;
      }
      addMoney(t.money, cols, i, amount);
      if (spending) addSpending(t.money, cols, i);
      if (pivots) {
        regionYearB[r * nY + y]! += amount;
        typeYearB[ty * nY + y]! += amount;
        for (let k = lo; k < hi; k++) countryYearB[setCountry[k]! * nY + y]! += share;
        addMoneyRows(t.money, cols, i, r, ty);
      }
    } else if ((b & (b - 1)) === 0 && b < FACET_LIMIT) {
      countOnlyFailing(t, cols, i, b);
    }
  }
  t.matched = matched;
  t.noBudget = noBudget;
  t.total = total;
}

/** True when no project fails any filter (every bit is 0): the filters keep the whole portfolio. */
export function keepsEveryProject(bits: Uint16Array): boolean {
  for (let i = 0; i < bits.length; i++) if (bits[i] !== 0) return false;
  return true;
}

/**
 * The tallies of the whole portfolio (a pass where every project matched), kept with the optional
 * parts they hold. Such a pass depends on nothing but those parts, so a later click that keeps
 * every project copies them instead of passing over the portfolio again: the copy is the pass's
 * own numbers, to the last bit.
 */
export interface KeptTallies {
  parts: readonly ViewPart[];
  tallies: Tallies;
}

function copyTallies(to: Tallies, from: Tallies): void {
  const target = to as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(from)) {
    if (value instanceof Int32Array || value instanceof Float64Array)
      (target[key] as typeof value).set(value);
  }
  to.matched = from.matched;
  to.noBudget = from.noBudget;
  to.total = from.total;
  const money = to.money as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(from.money)) {
    if (value instanceof Int32Array || value instanceof Float64Array)
      (money[key] as typeof value).set(value);
    else money[key] = value;
  }
}

/** A copy of a whole-portfolio pass's tallies, to keep. */
export function keepTallies(t: Tallies, cols: Columns, parts: readonly ViewPart[]): KeptTallies {
  const tallies = createTallies(cols);
  copyTallies(tallies, t);
  return { parts, tallies };
}

/** True when the kept tallies hold every part named. */
export function keptHolds(kept: KeptTallies | undefined, parts: readonly ViewPart[]): boolean {
  return kept !== undefined && parts.every((part) => kept.parts.includes(part));
}

/** Puts kept whole-portfolio tallies in place of a pass (the pass counters are left alone). */
export function restoreTallies(t: Tallies, kept: KeptTallies): void {
  copyTallies(t, kept.tallies);
}

/** True when state `c` already appears in the list before position `k` (a list written twice). */
function listedBefore(list: Uint16Array, lo: number, k: number, c: number): boolean {
  for (let j = lo; j < k; j++) if (list[j] === c) return true;
  return false;
}

/** A project that fails exactly one facet still counts in that facet. */
function countOnlyFailing(t: Tallies, cols: Columns, i: number, bit: number): void {
  switch (bit) {
    case FACET_BIT.region:
      t.regionX[cols.region.codes[i]!]!++;
      break;
    case FACET_BIT.status:
      t.statusX[cols.status.codes[i]!]!++;
      break;
    case FACET_BIT.type:
      t.typeX[cols.type.codes[i]!]!++;
      break;
    case FACET_BIT.coverage:
      t.coverageX[cols.coverage.codes[i]!]!++;
      break;
    case FACET_BIT.country: {
      const set = cols.setOf[i]!;
      for (let k = cols.setStart[set]!; k < cols.setStart[set + 1]!; k++)
        t.countryX[cols.setCountry[k]!]!++;
      break;
    }
    case FACET_BIT.year:
      t.yearX[cols.year.codes[i]!]!++;
      break;
    case FACET_BIT.funder:
      countFunderOnlyFailing(t.money, cols, i);
      break;
  }
}
