import { FACETS, type Facet, type Filters, type SortKey } from '@/domain/filters';
import type { Language } from '@/domain/codes/languages';
import { portfolioTypeCodes } from '@/domain/codes/project-types';
import { regions } from '@/domain/codes/regions';
import { statuses } from '@/domain/codes/statuses';
import { fundedByAny, funderNames, funderParts } from '@/domain/funders';
import { firstDay, lastDay } from '@/domain/partial-date';
import type { ProjectSummary } from '@/domain/project';
import { holdsToken, queryTokens, searchTextOf, tokenNeedles } from '@/domain/engine/search-text';
import { collatorFor, compareValues, sortValue } from '@/domain/engine/sort';
import type {
  Bin,
  CountryBin,
  FacetCounts,
  FunderBin,
  MoneySums,
  MoneyTotals,
  Pivot,
  PivotDimension,
  PortfolioView,
  SpendingYear,
  StackedBin,
} from '@/domain/engine/types';

/**
 * The reference engine: DESIGN §6–§7 written as plainly as possible, one Array pass per view.
 * It is the oracle the fast engine is tested against and the baseline it is benchmarked against.
 */

function facetValues(project: ProjectSummary, facet: Facet): string[] {
  switch (facet) {
    case 'country':
      return project.countries;
    case 'year':
      return [String(project.year)];
    case 'funder':
      return funderParts(project.funders).map((f) => f.key);
    default:
      return [project[facet]];
  }
}

function matchesFacet(project: ProjectSummary, filters: Filters, facet: Facet): boolean {
  const wanted: readonly (string | number)[] = filters[facet];
  if (wanted.length === 0) return true;
  if (facet === 'year') return filters.year.includes(project.year);
  if (facet === 'funder') return fundedByAny(project, filters.funder);
  return facetValues(project, facet).some((v) => (wanted as readonly string[]).includes(v));
}

function matchesOthers(
  project: ProjectSummary,
  filters: Filters,
  lang: Language,
  except?: Facet,
): boolean {
  for (const facet of FACETS) {
    if (facet !== except && !matchesFacet(project, filters, facet)) return false;
  }
  if (filters.from !== undefined || filters.to !== undefined) {
    const start = firstDay(project.startDate);
    const end = project.endDate ? lastDay(project.endDate) : Number.POSITIVE_INFINITY;
    const from =
      filters.from === undefined ? Number.NEGATIVE_INFINITY : firstDay(String(filters.from));
    const to = filters.to === undefined ? Number.POSITIVE_INFINITY : lastDay(String(filters.to));
    if (start > to || end < from) return false;
  }
  if (filters.budgetMin !== undefined || filters.budgetMax !== undefined) {
    // A budget range leaves out the projects whose budget is not provided.
    if (project.budgetUsd === undefined) return false;
    if (filters.budgetMin !== undefined && project.budgetUsd < filters.budgetMin) return false;
    if (filters.budgetMax !== undefined && project.budgetUsd > filters.budgetMax) return false;
  }
  const tokens = queryTokens(filters.q);
  if (tokens.length > 0) {
    const text = searchTextOf(project, lang);
    if (!tokens.every((t) => holdsToken(text, tokenNeedles(t)))) return false;
  }
  return true;
}

/** Whether a project passes every filter. */
export function matchesFilters(project: ProjectSummary, filters: Filters, lang: Language): boolean {
  return matchesOthers(project, filters, lang);
}

function countFacet(
  projects: readonly ProjectSummary[],
  filters: Filters,
  lang: Language,
  facet: Facet,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of projects) {
    if (!matchesOthers(p, filters, lang, facet)) continue;
    for (const v of facetValues(p, facet)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/** A project's budget in sums: one not provided adds nothing. */
const budgetOf = (p: ProjectSummary): number => p.budgetUsd ?? 0;

function binsBy(
  matched: readonly ProjectSummary[],
  codes: readonly string[],
  key: (p: ProjectSummary) => string,
): Bin[] {
  return codes.map((code) => {
    const inBin = matched.filter((p) => key(p) === code);
    return { key: code, count: inBin.length, budget: inBin.reduce((s, p) => s + budgetOf(p), 0) };
  });
}

function countryShares(p: ProjectSummary): [string, number][] {
  return p.countries.map((c) => [c, budgetOf(p) / p.countries.length]);
}

function byCountryOf(matched: readonly ProjectSummary[]): CountryBin[] {
  const bins = new Map<string, CountryBin>();
  for (const p of matched) {
    for (const [c, share] of countryShares(p)) {
      const bin = bins.get(c) ?? { key: c, budget: 0, count: 0, projectsTotal: 0 };
      bin.budget += share;
      bin.count += 1;
      bins.set(c, bin);
    }
    for (const c of new Set(p.countries)) bins.get(c)!.projectsTotal += budgetOf(p);
  }
  return [...bins.values()].sort((a, b) => b.budget - a.budget || a.key.localeCompare(b.key));
}

function stacked(
  matched: readonly ProjectSummary[],
  years: number[],
  part: (p: ProjectSummary) => string,
): StackedBin[] {
  return years.map((year) => {
    const inYear = matched.filter((p) => p.year === year);
    const parts: Record<string, number> = {};
    for (const p of inYear) parts[part(p)] = (parts[part(p)] ?? 0) + budgetOf(p);
    return { year, total: inYear.reduce((s, p) => s + budgetOf(p), 0), parts };
  });
}

function pivotOf(
  matched: readonly ProjectSummary[],
  years: number[],
  dimension: PivotDimension,
  typeCodes: readonly string[],
): Pivot {
  const shares = (p: ProjectSummary): [string, number][] =>
    dimension === 'country' ? countryShares(p) : [[p[dimension], budgetOf(p)]];
  const money = new Map<string, MoneySums>();
  for (const p of matched) {
    const keys = dimension === 'country' ? p.countries : [p[dimension]];
    for (const key of keys) {
      const row = money.get(key) ?? { committed: 0, disbursed: 0, spent: 0 };
      row.committed += (p.committedUsd ?? 0) / keys.length;
      row.disbursed += (p.disbursedUsd ?? 0) / keys.length;
      row.spent += (p.spentUsd ?? 0) / keys.length;
      money.set(key, row);
    }
  }
  const rows = new Map<string, number[]>();
  for (const p of matched) {
    for (const [key, amount] of shares(p)) {
      const row = rows.get(key) ?? years.map(() => 0);
      row[years.indexOf(p.year)]! += amount;
      rows.set(key, row);
    }
  }
  const order: readonly string[] =
    dimension === 'region' ? regions.codes : dimension === 'type' ? typeCodes : [];
  const total = (key: string) => (rows.get(key) ?? []).reduce((s, v) => s + v, 0);
  const rowKeys = [...rows.keys()].sort((a, b) =>
    order.length > 0
      ? order.indexOf(a) - order.indexOf(b)
      : total(b) - total(a) || a.localeCompare(b),
  );
  const cells = rowKeys.map((k) => rows.get(k)!);
  const rowTotals = cells.map((r) => r.reduce((s, v) => s + v, 0));
  const columnTotals = years.map((_, i) => cells.reduce((s, r) => s + r[i]!, 0));
  return {
    rowKeys,
    years,
    cells,
    rowTotals,
    columnTotals,
    grandTotal: matched.reduce((s, p) => s + budgetOf(p), 0),
    rowMoney: rowKeys.map((k) => money.get(k)!),
  };
}

function moneyOf(matched: readonly ProjectSummary[]): MoneyTotals {
  const sum = (field: 'committedUsd' | 'disbursedUsd' | 'spentUsd') =>
    matched.reduce((s, p) => s + (p[field] ?? 0), 0);
  const reporting = (field: 'committedUsd' | 'disbursedUsd' | 'spentUsd') =>
    matched.filter((p) => p[field] !== undefined);
  return {
    committed: sum('committedUsd'),
    disbursed: sum('disbursedUsd'),
    spent: sum('spentUsd'),
    committedProjects: reporting('committedUsd').length,
    disbursedProjects: reporting('disbursedUsd').length,
    spentProjects: reporting('spentUsd').length,
    spentBudget: reporting('spentUsd').reduce((s, p) => s + budgetOf(p), 0),
  };
}

function spendingByYearOf(matched: readonly ProjectSummary[]): SpendingYear[] {
  const years = new Map<number, SpendingYear>();
  for (const p of matched) {
    for (const e of p.spendingByYear ?? []) {
      const y = years.get(e.year) ?? { year: e.year, disbursed: 0, spent: 0 };
      y.disbursed += e.disbursedUsd;
      y.spent += e.spentUsd;
      years.set(e.year, y);
    }
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

function byFunderOf(
  matched: readonly ProjectSummary[],
  names: ReadonlyMap<string, string>,
): FunderBin[] {
  const bins = new Map<string, FunderBin>();
  for (const p of matched) {
    for (const part of funderParts(p.funders)) {
      const bin = bins.get(part.key) ?? {
        key: part.key,
        name: names.get(part.key)!,
        budget: 0,
        count: 0,
        spent: 0,
        spentBudget: 0,
      };
      bin.budget += budgetOf(p) * part.share;
      bin.count += 1;
      if (p.spentUsd !== undefined) {
        bin.spent += p.spentUsd * part.share;
        bin.spentBudget += budgetOf(p) * part.share;
      }
      bins.set(part.key, bin);
    }
  }
  return [...bins.values()].sort((a, b) => b.budget - a.budget || a.key.localeCompare(b.key));
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Indices of the given projects in sort order; ties keep portfolio order. */
export function sortIndices(
  projects: readonly ProjectSummary[],
  indices: number[],
  sort: readonly SortKey[],
  lang: Language,
): number[] {
  const collator = collatorFor(lang);
  return [...indices].sort((a, b) => {
    for (const key of sort) {
      const c = compareValues(
        sortValue(projects[a]!, key.field, lang),
        sortValue(projects[b]!, key.field, lang),
        collator,
      );
      if (c !== 0) return key.dir === 'asc' ? c : -c;
    }
    return a - b;
  });
}

/** Computes every view of the portfolio for one filter state, the plain way. */
export function computeViewNaive(
  projects: readonly ProjectSummary[],
  filters: Filters,
  sort: readonly SortKey[],
  lang: Language,
): PortfolioView {
  const matchedIndices: number[] = [];
  projects.forEach((p, i) => {
    if (matchesOthers(p, filters, lang)) matchedIndices.push(i);
  });
  const matched = matchedIndices.map((i) => projects[i]!);
  const facets = Object.fromEntries(
    FACETS.map((f) => [f, countFacet(projects, filters, lang, f)]),
  ) as FacetCounts;
  const years = [...new Set(matched.map((p) => p.year))].sort((a, b) => a - b);
  const typeCodes = portfolioTypeCodes(projects);
  const totalBudget = matched.reduce((s, p) => s + budgetOf(p), 0);
  return {
    rows: Uint32Array.from(sortIndices(projects, matchedIndices, sort, lang)),
    kpis: {
      projects: matched.length,
      totalBudget,
      ongoing: matched.filter((p) => p.status === 'ongoing').length,
      countries: new Set(matched.flatMap((p) => p.countries)).size,
      medianBudget: median(
        matched.flatMap((p) => (p.budgetUsd === undefined ? [] : [p.budgetUsd])),
      ),
      noBudget: matched.filter((p) => p.budgetUsd === undefined).length,
    },
    facets,
    byRegion: binsBy(matched, regions.codes, (p) => p.region),
    byType: binsBy(matched, typeCodes, (p) => p.type),
    byStatus: binsBy(matched, statuses.codes, (p) => p.status),
    byCountry: byCountryOf(matched),
    byYear: years.map((year) => {
      const inYear = matched.filter((p) => p.year === year);
      return {
        key: year,
        count: inYear.length,
        budget: inYear.reduce((s, p) => s + budgetOf(p), 0),
      };
    }),
    byYearStatus: stacked(matched, years, (p) => p.status),
    byYearType: stacked(matched, years, (p) => p.type),
    pivots: {
      region: pivotOf(matched, years, 'region', typeCodes),
      type: pivotOf(matched, years, 'type', typeCodes),
      country: pivotOf(matched, years, 'country', typeCodes),
    },
    money: moneyOf(matched),
    spendingByYear: spendingByYearOf(matched),
    byFunder: byFunderOf(matched, funderNames(projects)),
    noFunder: {
      count: matched.filter((p) => funderParts(p.funders).length === 0).length,
      budget: matched
        .filter((p) => funderParts(p.funders).length === 0)
        .reduce((s, p) => s + budgetOf(p), 0),
    },
    parts: ['pivots', 'spending'],
  };
}
