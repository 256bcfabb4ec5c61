import type { Facet } from '../filters';

/** One bar or slice: a key (a code, a year), its budget and its project count. */
export interface Bin<K extends string | number = string> {
  key: K;
  budget: number;
  count: number;
}

/** Budget of one funding year, split by a second key (status or type). */
export interface StackedBin {
  year: number;
  total: number;
  /** budget by status or type code */
  parts: Record<string, number>;
}

export interface Kpis {
  projects: number;
  totalBudget: number;
  ongoing: number;
  /** Distinct benefiting states among the matching projects. */
  countries: number;
  /** Median budget of the matching projects that have one; 0 when none has. */
  medianBudget: number;
  /** Matching projects whose budget is not provided: left out of every budget sum. */
  noBudget: number;
}

/** Rows of a pivot (region, type or country) by funding-year columns. */
export interface Pivot {
  rowKeys: string[];
  years: number[];
  /** cells[row][yearIndex] = budget */
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  grandTotal: number;
}

export type PivotDimension = 'region' | 'type' | 'country';

/** Counts per value for each facet, each computed with every other facet's filter applied. */
export type FacetCounts = Record<Facet, Map<string, number>>;

/**
 * Everything every screen shows for one filter state, computed in one go by the engine.
 * Charts receive these bins, never raw projects.
 */
export interface PortfolioView {
  /** Indices into the portfolio of the matching projects, in the current sort. */
  rows: Uint32Array;
  kpis: Kpis;
  facets: FacetCounts;
  byRegion: Bin[];
  byType: Bin[];
  byStatus: Bin[];
  /** Budget split equally among each project's benefiting states; counts are projects. */
  byCountry: Bin[];
  byYear: Bin<number>[];
  byYearStatus: StackedBin[];
  byYearType: StackedBin[];
  pivots: Record<PivotDimension, Pivot>;
}
