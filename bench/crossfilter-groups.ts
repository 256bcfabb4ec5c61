import type crossfilter from 'crossfilter2';
import type { ProjectSummary } from '../src/domain/project';

type Key = crossfilter.NaturallyOrderedValue;
type Sums = { count: number; budget: number; parts: Record<string, number> };
type Totals = { n: number; total: number; ongoing: number };

/**
 * crossfilter2 groups for every chart, pivot and KPI of a view. Each sits on its own unfiltered
 * dimension, so it sees every filter; reading them is what a dashboard does after each change.
 */
export function createChartGroups(
  cf: crossfilter.Crossfilter<number>,
  p: readonly ProjectSummary[],
) {
  const budget = (i: number) => p[i]!.budgetUsd ?? 0;
  /** Count and budget per key, and the budget split by a second key (parts). */
  const chart = (value: (i: number) => Key, part?: (i: number) => string) =>
    cf
      .dimension(value)
      .group<Key, Sums>()
      .reduce(
        (s, i) => {
          s.count++;
          s.budget += budget(i);
          if (part) s.parts[part(i)] = (s.parts[part(i)] ?? 0) + budget(i);
          return s;
        },
        (s, i) => {
          s.count--;
          s.budget -= budget(i);
          if (part) s.parts[part(i)]! -= budget(i);
          return s;
        },
        () => ({ count: 0, budget: 0, parts: {} }),
      );
  // The equal split: each benefiting state gets its share of the budget.
  const share = (i: number) => budget(i) / p[i]!.countries.length;
  const groups = [
    chart((i) => p[i]!.region),
    chart((i) => p[i]!.type),
    chart((i) => p[i]!.status),
    chart(
      (i) => p[i]!.year,
      (i) => p[i]!.status,
    ),
    chart(
      (i) => p[i]!.year,
      (i) => p[i]!.type,
    ),
    cf
      .dimension((i) => `${p[i]!.region}|${p[i]!.year}`)
      .group()
      .reduceSum(budget),
    cf
      .dimension((i) => `${p[i]!.type}|${p[i]!.year}`)
      .group()
      .reduceSum(budget),
    cf
      .dimension((i) => p[i]!.countries.map((c) => `${c}|${p[i]!.year}`), true)
      .group()
      .reduceSum(share),
  ];
  const countries = cf.dimension((i) => p[i]!.countries, true);
  const byCountry = countries.group<Key, number>().reduceSum(share);
  const countryCounts = countries.group<Key, number>().reduceCount();
  const kpis = cf.groupAll<Totals>().reduce(
    (s, i) => {
      s.n++;
      s.total += budget(i);
      if (p[i]!.status === 'ongoing') s.ongoing++;
      return s;
    },
    (s, i) => {
      s.n--;
      s.total -= budget(i);
      if (p[i]!.status === 'ongoing') s.ongoing--;
      return s;
    },
    () => ({ n: 0, total: 0, ongoing: 0 }),
  );

  return {
    /** Reads every group, as the charts would; returns the KPIs. */
    read() {
      for (const group of groups) group.all();
      byCountry.all();
      const countryCount = countryCounts.all().filter((g) => g.value > 0).length;
      const { n, total, ongoing } = kpis.value();
      return { projects: n, totalBudget: total, ongoing, countries: countryCount };
    },
  };
}
