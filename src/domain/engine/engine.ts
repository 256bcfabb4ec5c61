import type { Language } from '../codes/languages';
import type { Filters, SortKey } from '../filters';
import type { ProjectSummary } from '../project';
import { createTallies, tally } from './aggregate';
import { buildColumns } from './columns';
import { createMatchState, updateMatches } from './match';
import { createOrders } from './order';
import { createSearchIndex } from './search-index';
import type { PortfolioView } from './types';
import { buildView } from './view';

/** The fast filter-and-aggregate engine for one portfolio. */
export interface Engine {
  /** Number of projects in the portfolio. */
  readonly size: number;
  /**
   * Every view for one filter state: the same result as `computeViewNaive`, computed from
   * columns built once. The engine keeps caches between calls (which filters changed, sorted
   * orders, search texts), so it is meant to be called again and again with new filters.
   */
  compute(filters: Filters, sort: readonly SortKey[], lang: Language): PortfolioView;
  /**
   * Does ahead of time what the first compute with this sort, or the first search in this
   * language, would do (about a second per million projects each), e.g. while a Worker idles.
   */
  warmUp(sort: readonly SortKey[], lang: Language): void;
}

/** Builds the engine's columns for a portfolio (linear in its size). */
export function createEngine(projects: readonly ProjectSummary[]): Engine {
  const cols = buildColumns(projects);
  const matches = createMatchState(cols.n);
  const search = createSearchIndex(projects, cols);
  const orders = createOrders(projects, cols);
  const tallies = createTallies(cols);
  return {
    size: cols.n,
    compute(filters, sort, lang) {
      updateMatches(matches, cols, filters, lang, search);
      tally(tallies, cols, matches.bits);
      const rows = orders.rows(sort, lang, matches.bits, tallies.matched);
      let noBudget = 0;
      for (let k = 0; k < rows.length; k++) noBudget += 1 - cols.hasBudget[rows[k]!]!;
      const median = orders.medianBudget(matches.bits, tallies.matched - noBudget);
      return buildView(tallies, cols, rows, median, noBudget);
    },
    warmUp(sort, lang) {
      orders.prepare(sort, lang);
      search.prepare(lang);
    },
  };
}
