import type { Bin } from '@/domain/engine/types';

/** One funding year of the trend: that year's budget and the running total up to it. */
export interface CumulativePoint {
  year: number;
  budget: number;
  cumulative: number;
}

/**
 * The running total of budget by funding year, with every year from the first to the last
 * present: a year without projects adds nothing, but it keeps its place on the time axis so the
 * trend's slope is not distorted.
 */
export function cumulativeByYear(byYear: readonly Bin<number>[]): CumulativePoint[] {
  if (byYear.length === 0) return [];
  const budgets = new Map<number, number>();
  for (const bin of byYear) budgets.set(bin.key, (budgets.get(bin.key) ?? 0) + bin.budget);
  const years = [...budgets.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const points: CumulativePoint[] = [];
  let cumulative = 0;
  for (let year = first; year <= last; year++) {
    const budget = budgets.get(year) ?? 0;
    cumulative += budget;
    points.push({ year, budget, cumulative });
  }
  return points;
}
