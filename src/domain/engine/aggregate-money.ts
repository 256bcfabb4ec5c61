import type { Columns } from './columns';

/**
 * Money and funder sums for one compute, filled in the same pass as the other tallies
 * (aggregate.ts). Absent amounts (NaN in the columns) are left out of sums and counts.
 */
export interface MoneyTallies {
  committed: number;
  disbursed: number;
  spent: number;
  committedN: number;
  disbursedN: number;
  spentN: number;
  spentBudget: number;
  noFunderN: number;
  noFunderB: number;
  /** Matching projects per funder; `funderX` counts those failing only the funder facet. */
  funderN: Int32Array;
  funderX: Int32Array;
  /** Budget, spending and budget-of-reporting-projects per funder, split by share. */
  funderB: Float64Array;
  funderS: Float64Array;
  funderSB: Float64Array;
  /** Per calendar year of spending: entries seen, disbursed and spent. */
  spendYearN: Int32Array;
  spendYearD: Float64Array;
  spendYearS: Float64Array;
  /** Committed, disbursed, spent per pivot row, flat as `row * 3 + k`. */
  regionM: Float64Array;
  typeM: Float64Array;
  countryM: Float64Array;
}

export function createMoneyTallies(cols: Columns): MoneyTallies {
  const f = cols.funders.keys.length;
  const y = cols.spendYears.keys.length;
  return {
    committed: 0,
    disbursed: 0,
    spent: 0,
    committedN: 0,
    disbursedN: 0,
    spentN: 0,
    spentBudget: 0,
    noFunderN: 0,
    noFunderB: 0,
    funderN: new Int32Array(f),
    funderX: new Int32Array(f),
    funderB: new Float64Array(f),
    funderS: new Float64Array(f),
    funderSB: new Float64Array(f),
    spendYearN: new Int32Array(y),
    spendYearD: new Float64Array(y),
    spendYearS: new Float64Array(y),
    regionM: new Float64Array(cols.region.keys.length * 3),
    typeM: new Float64Array(cols.type.keys.length * 3),
    countryM: new Float64Array(cols.countries.keys.length * 3),
  };
}

export function resetMoneyTallies(m: MoneyTallies): void {
  m.committed = m.disbursed = m.spent = 0;
  m.committedN = m.disbursedN = m.spentN = 0;
  m.spentBudget = m.noFunderN = m.noFunderB = 0;
  for (const value of Object.values(m)) {
    if (value instanceof Int32Array || value instanceof Float64Array) value.fill(0);
  }
}

function addRow(sums: Float64Array, row: number, c: number, d: number, s: number): void {
  sums[row * 3]! += c;
  sums[row * 3 + 1]! += d;
  sums[row * 3 + 2]! += s;
}

/**
 * Adds matching project i (budget `amount`) to the money tallies, the pivots' rows and the
 * spending per year aside.
 */
export function addMoney(m: MoneyTallies, cols: Columns, i: number, amount: number): void {
  const c = cols.committed[i]!;
  const d = cols.disbursed[i]!;
  const s = cols.spent[i]!;
  const hasSpent = s === s;
  // NaN !== NaN: absent amounts are skipped.
  if (c === c) {
    m.committed += c;
    m.committedN++;
  }
  if (d === d) {
    m.disbursed += d;
    m.disbursedN++;
  }
  if (hasSpent) {
    m.spent += s;
    m.spentN++;
    m.spentBudget += amount;
  }
  const fset = cols.funderSetOf[i]!;
  const flo = cols.funderStart[fset]!;
  const fhi = cols.funderStart[fset + 1]!;
  if (flo === fhi) {
    m.noFunderN++;
    m.noFunderB += amount;
  }
  for (let k = flo; k < fhi; k++) {
    const f = cols.funderMember[k]!;
    const share = cols.funderShare[k]!;
    m.funderN[f]!++;
    m.funderB[f]! += amount * share;
    if (hasSpent) {
      m.funderS[f]! += s * share;
      m.funderSB[f]! += amount * share;
    }
  }
}

/** Adds matching project i's yearly entries to the money moved per calendar year. */
export function addSpending(m: MoneyTallies, cols: Columns, i: number): void {
  for (let k = cols.yearlyStart[i]!; k < cols.yearlyStart[i + 1]!; k++) {
    const y = cols.yearlyYear[k]!;
    m.spendYearN[y]!++;
    m.spendYearD[y]! += cols.yearlyDisbursed[k]!;
    m.spendYearS[y]! += cols.yearlySpent[k]!;
  }
}

/**
 * Adds matching project i (region code r, type code ty) to the money moved per pivot row: a
 * multi-state project's split equally among its states, as its budget is.
 */
export function addMoneyRows(m: MoneyTallies, cols: Columns, i: number, r: number, ty: number) {
  const c = cols.committed[i]!;
  const d = cols.disbursed[i]!;
  const s = cols.spent[i]!;
  const c0 = c === c ? c : 0;
  const d0 = d === d ? d : 0;
  const s0 = s === s ? s : 0;
  addRow(m.regionM, r, c0, d0, s0);
  addRow(m.typeM, ty, c0, d0, s0);
  const set = cols.setOf[i]!;
  const lo = cols.setStart[set]!;
  const hi = cols.setStart[set + 1]!;
  for (let k = lo; k < hi; k++) {
    const n = hi - lo;
    addRow(m.countryM, cols.setCountry[k]!, c0 / n, d0 / n, s0 / n);
  }
}

/** A project that fails only the funder facet still counts for each of its funders. */
export function countFunderOnlyFailing(m: MoneyTallies, cols: Columns, i: number): void {
  const set = cols.funderSetOf[i]!;
  for (let k = cols.funderStart[set]!; k < cols.funderStart[set + 1]!; k++)
    m.funderX[cols.funderMember[k]!]!++;
}
