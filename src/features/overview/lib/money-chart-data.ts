import type { ChartData } from '@/components/charts/chart-card';
import type { Language } from '@/domain/codes/languages';
import type { Bin, FunderBin, SpendingYear } from '@/domain/engine/types';
import { formatUsd } from '@/lib/format';
import { continuousYears, type BarDatum } from './chart-data';

/** One year of the budget-and-spending chart. */
export interface SpendingRow {
  year: number;
  /** Budget of the projects funded that year. */
  budget: number;
  /** Disbursed and spent during that calendar year. */
  disbursed: number;
  spent: number;
}

/**
 * Budget by funding year beside disbursements and expenditure by the calendar year they
 * happened, one row per year from the first to the last either has, ascending; the sums of each column are the totals.
 */
export function spendingRows(
  byYear: readonly Bin<number>[],
  spending: readonly SpendingYear[],
): SpendingRow[] {
  const rows = new Map<number, SpendingRow>();
  const row = (year: number) => {
    let r = rows.get(year);
    if (!r) rows.set(year, (r = { year, budget: 0, disbursed: 0, spent: 0 }));
    return r;
  };
  for (const bin of byYear) row(bin.key).budget += bin.budget;
  for (const s of spending) {
    const r = row(s.year);
    r.disbursed += s.disbursed;
    r.spent += s.spent;
  }
  // A year with neither keeps its place on the axis, as zero.
  for (const year of continuousYears([...rows.keys()])) row(year);
  return [...rows.values()].sort((a, b) => a.year - b.year);
}

/** The table (and CSV) of the budget-and-spending chart. */
export function spendingTable(
  rows: readonly SpendingRow[],
  headings: { year: string; budget: string; disbursed: string; spent: string },
  lang: Language,
): ChartData {
  const keys = ['budget', 'disbursed', 'spent'] as const;
  return {
    columns: [
      { key: 'year', label: headings.year },
      ...keys.map((key) => ({ key, label: headings[key], numeric: true })),
    ],
    rows: rows.map((row) => ({
      key: String(row.year),
      cells: [String(row.year), ...keys.map((k) => row[k])],
      display: [String(row.year), ...keys.map((k) => formatUsd(row[k], lang))],
    })),
  };
}

/** How many funders the funder chart shows. */
export const TOP_FUNDERS = 6;

/** The funders with the largest budget shares, named, and how many funders there are in all. */
export function topFunders(
  byFunder: readonly FunderBin[],
  limit: number = TOP_FUNDERS,
): { bars: BarDatum[]; funders: number } {
  return {
    bars: byFunder
      .slice(0, limit)
      .map((bin) => ({ key: bin.key, label: bin.name, budget: bin.budget, count: bin.count })),
    funders: byFunder.length,
  };
}
