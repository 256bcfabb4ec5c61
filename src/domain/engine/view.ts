import { regions } from '../codes/regions';
import { statuses } from '../codes/statuses';
import type { Tallies } from './aggregate';
import type { CodedColumn, Columns, Dictionary } from './columns';
import {
  NO_PIVOT,
  type Bin,
  type FacetCounts,
  type FunderBin,
  type Kpis,
  type MoneySums,
  type MoneyTotals,
  type Pivot,
  type PortfolioView,
  type SpendingYear,
  type StackedBin,
  type ViewPart,
} from './types';

/** Turns one pass's tallies into the view every screen reads (DESIGN §5–§7). */

function countsOf<K extends string | number>(
  dict: Dictionary<K>,
  n: Int32Array,
  x: Int32Array,
): Map<string, number> {
  const counts = new Map<string, number>();
  dict.keys.forEach((key, code) => {
    const count = n[code]! + x[code]!;
    if (count > 0) counts.set(String(key), count);
  });
  return counts;
}

function facetsOf(t: Tallies, cols: Columns): FacetCounts {
  return {
    region: countsOf(cols.region, t.regionN, t.regionX),
    status: countsOf(cols.status, t.statusN, t.statusX),
    type: countsOf(cols.type, t.typeN, t.typeX),
    coverage: countsOf(cols.coverage, t.coverageN, t.coverageX),
    country: countsOf(cols.countries, t.countryN, t.countryX),
    year: countsOf(cols.year, t.yearN, t.yearX),
    funder: countsOf(cols.funders, t.money.funderN, t.money.funderX),
  };
}

/** One bin per code of the list, in list order, zeros included. */
function binsOf(
  codes: readonly string[],
  column: CodedColumn,
  n: Int32Array,
  budget: Float64Array,
): Bin[] {
  return codes.map((key) => {
    const code = column.codeOf.get(key)!;
    return { key, count: n[code]!, budget: budget[code]! };
  });
}

function byBudgetThenKey(
  a: { key: string; budget: number },
  b: { key: string; budget: number },
): number {
  return b.budget - a.budget || a.key.localeCompare(b.key);
}

function stackedOf(
  yearCodes: number[],
  years: number[],
  total: Float64Array,
  parts: Float64Array,
  keys: readonly string[],
): StackedBin[] {
  return yearCodes.map((y, i) => {
    const row: Record<string, number> = {};
    keys.forEach((key, k) => {
      const v = parts[y * keys.length + k]!;
      if (!Object.is(v, -0)) row[key] = v;
    });
    return { year: years[i]!, total: total[y]!, parts: row };
  });
}

function pivotOf(
  rowCodes: number[],
  keys: readonly string[],
  yearCodes: number[],
  years: number[],
  sums: Float64Array,
  width: number,
  grandTotal: number,
  money: Float64Array,
): Pivot {
  const cells = rowCodes.map((r) => yearCodes.map((y) => sums[r * width + y]!));
  return {
    rowMoney: rowCodes.map((r) => moneyOf(money, r)),
    rowKeys: rowCodes.map((r) => keys[r]!),
    years,
    cells,
    rowTotals: cells.map((row) => row.reduce((s, v) => s + v, 0)),
    columnTotals: years.map((_, i) => cells.reduce((s, row) => s + row[i]!, 0)),
    grandTotal,
  };
}

function moneyOf(sums: Float64Array, row: number): MoneySums {
  return { committed: sums[row * 3]!, disbursed: sums[row * 3 + 1]!, spent: sums[row * 3 + 2]! };
}

function moneyTotals(t: Tallies): MoneyTotals {
  const m = t.money;
  return {
    committed: m.committed,
    disbursed: m.disbursed,
    spent: m.spent,
    committedProjects: m.committedN,
    disbursedProjects: m.disbursedN,
    spentProjects: m.spentN,
    spentBudget: m.spentBudget,
  };
}

function spendingYears(t: Tallies, cols: Columns): SpendingYear[] {
  return present(t.money.spendYearN).map((y) => ({
    year: cols.spendYears.keys[y]!,
    disbursed: t.money.spendYearD[y]!,
    spent: t.money.spendYearS[y]!,
  }));
}

function funderBins(t: Tallies, cols: Columns): FunderBin[] {
  const m = t.money;
  return present(m.funderN)
    .map((f) => ({
      key: cols.funders.keys[f]!,
      name: cols.funders.names[f]!,
      budget: m.funderB[f]!,
      count: m.funderN[f]!,
      spent: m.funderS[f]!,
      spentBudget: m.funderSB[f]!,
    }))
    .sort(byBudgetThenKey);
}

function present(n: Int32Array): number[] {
  const codes: number[] = [];
  n.forEach((count, code) => {
    if (count > 0) codes.push(code);
  });
  return codes;
}

/** Country rows by total budget, largest first (ties by code), as the reference orders them. */
function countryRows(t: Tallies, cols: Columns, yearCodes: number[]): number[] {
  const width = cols.year.keys.length;
  const rows = present(t.countryN).map((c) => ({
    c,
    key: cols.countries.keys[c]!,
    budget: yearCodes.reduce((s, y) => s + t.countryYearB[c * width + y]!, 0),
  }));
  return rows.sort(byBudgetThenKey).map((row) => row.c);
}

function pivotsOf(t: Tallies, cols: Columns, yearCodes: number[], years: number[]) {
  const width = cols.year.keys.length;
  return {
    region: pivotOf(
      present(t.regionN),
      cols.region.keys,
      yearCodes,
      years,
      t.regionYearB,
      width,
      t.total,
      t.money.regionM,
    ),
    type: pivotOf(
      present(t.typeN),
      cols.type.keys,
      yearCodes,
      years,
      t.typeYearB,
      width,
      t.total,
      t.money.typeM,
    ),
    country: pivotOf(
      countryRows(t, cols, yearCodes),
      cols.countries.keys,
      yearCodes,
      years,
      t.countryYearB,
      width,
      t.total,
      t.money.countryM,
    ),
  };
}

/** `parts`: the optional parts the tallies hold (tallied with them). */
export function buildView(
  t: Tallies,
  cols: Columns,
  rows: Uint32Array,
  medianBudget: number,
  noBudget: number,
  parts: readonly ViewPart[],
): PortfolioView {
  const yearCodes = present(t.yearN);
  const years = yearCodes.map((y) => cols.year.keys[y]!);
  const kpis: Kpis = {
    projects: t.matched,
    totalBudget: t.total,
    ongoing: t.statusN[cols.ongoing] ?? 0,
    countries: present(t.countryN).length,
    medianBudget,
    noBudget,
  };
  const byCountry = present(t.countryN)
    .map((c) => ({
      key: cols.countries.keys[c]!,
      budget: t.countryB[c]!,
      count: t.countryN[c]!,
      projectsTotal: t.countryT[c]!,
    }))
    .sort(byBudgetThenKey);
  return {
    rows,
    kpis,
    facets: facetsOf(t, cols),
    byRegion: binsOf(regions.codes, cols.region, t.regionN, t.regionB),
    byType: binsOf(cols.type.keys, cols.type, t.typeN, t.typeB),
    byStatus: binsOf(statuses.codes, cols.status, t.statusN, t.statusB),
    byCountry,
    byYear: yearCodes.map((y, i) => ({ key: years[i]!, count: t.yearN[y]!, budget: t.yearB[y]! })),
    byYearStatus: stackedOf(yearCodes, years, t.yearB, t.yearStatusB, cols.status.keys),
    byYearType: stackedOf(yearCodes, years, t.yearB, t.yearTypeB, cols.type.keys),
    pivots: parts.includes('pivots')
      ? pivotsOf(t, cols, yearCodes, years)
      : { region: NO_PIVOT, type: NO_PIVOT, country: NO_PIVOT },
    money: moneyTotals(t),
    spendingByYear: parts.includes('spending') ? spendingYears(t, cols) : [],
    byFunder: funderBins(t, cols),
    noFunder: { count: t.money.noFunderN, budget: t.money.noFunderB },
    parts,
  };
}
