import type { Facet } from '../filters';

/** One bar or slice: a key (a code, a year), its budget and its project count. */
export interface Bin<K extends string | number = string> {
  key: K;
  budget: number;
  count: number;
}

/**
 * One benefiting state: its equal-split share of the matching budgets (`budget`, attributed to
 * this state, additive across states), and the whole budgets of the matching projects that
 * benefit it (`projectsTotal`, what filtering by the state totals; not additive).
 */
export interface CountryBin extends Bin {
  projectsTotal: number;
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

/** Money moved, summed over the projects that report it. */
export interface MoneySums {
  committed: number;
  disbursed: number;
  spent: number;
}

/** Money moved by the matching projects, and how many of them report each amount. */
export interface MoneyTotals extends MoneySums {
  committedProjects: number;
  disbursedProjects: number;
  spentProjects: number;
  /** Budget of the projects that report spending: what "spent / budget" divides by. */
  spentBudget: number;
}

/** Disbursements and expenditure of one calendar year (not the funding year). */
export interface SpendingYear {
  year: number;
  disbursed: number;
  spent: number;
}

/**
 * One funder's part of the matching projects: its share of their budgets (by stated share, else
 * equal), of their spending, and of the budgets of those that report spending.
 */
export interface FunderBin extends Bin {
  /** The name the funder first goes by in the portfolio. */
  name: string;
  spent: number;
  spentBudget: number;
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
  /** Money moved per row (a multi-country project's split equally, as its budget). */
  rowMoney: MoneySums[];
}

export type PivotDimension = 'region' | 'type' | 'country';

/** Counts per value for each facet, each computed with every other facet's filter applied. */
export type FacetCounts = Record<Facet, Map<string, number>>;

/**
 * Parts of a view that only some screens show, computed only when a request names them:
 * `pivots` are /budget's region, type and state × funding-year tables with each row's money
 * moved (about half a pass over a million projects), `spending` the overview's money moved per
 * calendar year (each project's yearly entries: a fifth of a pass).
 */
/** The pivots of a view whose request did not name them (or of no view yet): no rows, no years. */
export const NO_PIVOT: Pivot = {
  rowKeys: [],
  years: [],
  cells: [],
  rowTotals: [],
  columnTotals: [],
  grandTotal: 0,
  rowMoney: [],
};

export const VIEW_PARTS = ['pivots', 'spending'] as const;
export type ViewPart = (typeof VIEW_PARTS)[number];

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
  /**
   * Budget split equally among each project's benefiting states, counts are projects; with each
   * state's whole-project total (the map's two figures), largest share first.
   */
  byCountry: CountryBin[];
  byYear: Bin<number>[];
  byYearStatus: StackedBin[];
  byYearType: StackedBin[];
  /** Only when the request names `pivots` (see `parts`); empty tables otherwise. */
  pivots: Record<PivotDimension, Pivot>;
  money: MoneyTotals;
  /**
   * Money moved per calendar year, years ascending (those some matching project reports). Only
   * when the request names `spending`; empty otherwise.
   */
  spendingByYear: SpendingYear[];
  /** Budget by funder, largest first (ties by key); sums with `noFunder` to the total budget. */
  byFunder: FunderBin[];
  /** The matching projects that name no funder, and their budget. */
  noFunder: { count: number; budget: number };
  /** The optional parts this view holds (what its request named). */
  parts: readonly ViewPart[];
}

/**
 * What the portfolio holds, whatever the filters: the values each facet offers (the filter
 * panel's lists) and every funder with the name it goes by. Per portfolio, from the engine's
 * dictionaries, so that no screen walks the projects to list them.
 */
export interface PortfolioHeld {
  region: string[];
  status: string[];
  type: string[];
  coverage: string[];
  /** Benefiting states, codes ascending. */
  country: string[];
  /** Funding years, ascending. */
  year: number[];
  /** Funders by key (IATI ref, else name), with the name each first goes by. */
  funders: [key: string, name: string][];
  /** True when some project reports what it spent. */
  spending: boolean;
  /**
   * The optional fields (funders and money moved) that some project has: the table and the
   * export offer their columns only then.
   */
  optionalFields: OptionalField[];
}

/** Fields a project may leave out, whose columns exist only where some project has them. */
export const OPTIONAL_FIELDS = ['funders', 'committedUsd', 'disbursedUsd', 'spentUsd'] as const;
export type OptionalField = (typeof OPTIONAL_FIELDS)[number];
