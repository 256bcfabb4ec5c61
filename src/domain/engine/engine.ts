import type { Language } from '../codes/languages';
import { emptyFilters, type Filters, type SortKey } from '../filters';
import type { ProjectSummary } from '../project';
import {
  createTallies,
  keepsEveryProject,
  keepTallies,
  keptHolds,
  restoreTallies,
  startTally,
  tally,
  tallyRange,
  type KeptTallies,
} from './aggregate';
import {
  buildColumns,
  wholeProject,
  type CodedColumn,
  type Columns,
  type KeptProject,
} from './columns';
import { createMatchState, updateMatches } from './match';
import { createMedianFinder } from './median';
import { createOrders } from './order';
import { createSearchIndex } from './search-index';
import {
  OPTIONAL_FIELDS,
  type OptionalField,
  VIEW_PARTS,
  type PortfolioHeld,
  type PortfolioView,
  type ViewPart,
} from './types';
import { buildView } from './view';

/** The fast filter-and-aggregate engine for one portfolio. */
export interface Engine {
  /** Number of projects in the portfolio. */
  readonly size: number;
  /**
   * Every view for one filter state: the same result as `computeViewNaive`, computed from
   * columns built once. The engine keeps caches between calls (which filters changed, sorted
   * orders, search texts), so it is meant to be called again and again with new filters.
   * `parts`: the optional parts to compute (every one by default); the view says which it holds.
   */
  compute(
    filters: Filters,
    sort: readonly SortKey[],
    lang: Language,
    parts?: readonly ViewPart[],
  ): PortfolioView;
  /**
   * Computes so far, how many of them summed each optional part, and how many were answered from
   * the kept whole-portfolio tallies without a pass (what tests count).
   */
  readonly stats: {
    readonly computes: number;
    readonly parts: Readonly<Record<ViewPart, number>>;
    readonly kept: number;
  };
  /**
   * Forgets the kept whole-portfolio tallies and median, so that the next click keeping every
   * project passes over the portfolio again (the benchmark's cold figure).
   */
  forgetKept(): void;
  /**
   * Does ahead of time what the first compute with this sort, or the first search in this
   * language, would do (about a second per million projects each), e.g. while a Worker idles.
   */
  warmUp(sort: readonly SortKey[], lang: Language): void;
  /**
   * `warmUp` in steps of bounded work (sort orders; the filter, tally and view code run on a small
   * engine of the first projects, so that the first click does not run it cold; search texts a
   * slice at a time), then the whole portfolio's tallies with every part, kept for the clicks
   * that keep every project.
   */
  warmUpSteps(sort: readonly SortKey[], lang: Language): Generator<void, void, undefined>;
  /** What the portfolio holds (facet values, funders), built once from the columns. */
  held(): PortfolioHeld;
}

/**
 * Projects per warm-up step: a few milliseconds of search-text building (10,000 took 30–80 ms at
 * 1M in a busy browser, so a request waited that long and more than the sliced runner's budget).
 */
const WARM_UP_SLICE = 1_000;
/** Projects per step of the warm-up's whole-portfolio pass (every part): a few milliseconds. */
const WHOLE_SLICE = 4_000;

/**
 * Projects of the small engine whose computes the warm-up runs (see warmUpSteps): enough to run
 * every filter, tally and view path, in a few milliseconds a compute.
 */
const WARM_SAMPLE = 5_000;

/** Filters the warm-up's small engine computes: one value of each facet in turn, and a period. */
function warmFilters(held: PortfolioHeld): Filters[] {
  const base = emptyFilters();
  const first = <T>(values: readonly T[]): T[] => values.slice(0, 1);
  const year = held.year[0];
  return [
    { ...base, region: first(held.region) as Filters['region'] },
    { ...base, status: first(held.status) as Filters['status'] },
    { ...base, type: first(held.type) },
    { ...base, coverage: first(held.coverage) as Filters['coverage'] },
    { ...base, country: first(held.country) },
    { ...base, year: first(held.year) },
    { ...base, funder: first(held.funders.map(([key]) => key)) },
    ...(year === undefined ? [] : [{ ...base, from: year, to: year + 1 }]),
  ];
}

/** The codes of a column that some project holds, in the column's order. */
function heldKeys(column: CodedColumn): string[] {
  const seen = new Uint8Array(column.keys.length);
  for (let i = 0; i < column.codes.length; i++) seen[column.codes[i]!] = 1;
  return column.keys.filter((_, code) => seen[code] === 1);
}

/** Whether some project has an amount: the column holds a number (NaN where it is missing). */
const someAmount = (column: Float64Array) => column.some((amount) => !Number.isNaN(amount));

/** The optional fields some project has: the funders from the projects, amounts from the columns. */
function optionalFieldsOf(cols: Columns, projects: readonly KeptProject[]): OptionalField[] {
  const present: Record<OptionalField, boolean> = {
    funders: projects.some((p) => p.funders !== undefined),
    committedUsd: someAmount(cols.committed),
    disbursedUsd: someAmount(cols.disbursed),
    spentUsd: someAmount(cols.spent),
  };
  return OPTIONAL_FIELDS.filter((f) => present[f]);
}

function heldOf(cols: Columns, projects: readonly KeptProject[]): PortfolioHeld {
  return {
    region: heldKeys(cols.region),
    status: heldKeys(cols.status),
    type: heldKeys(cols.type),
    coverage: heldKeys(cols.coverage),
    country: [...cols.countries.keys],
    year: [...cols.year.keys],
    funders: cols.funders.keys.map((key, i) => [key, cols.funders.names[i]!]),
    spending: someAmount(cols.spent),
    optionalFields: optionalFieldsOf(cols, projects),
  };
}

/** Builds the engine's columns for a portfolio (linear in its size), and the engine on them. */
export function createEngine(projects: readonly ProjectSummary[]): Engine {
  return engineOnColumns(projects, buildColumns(projects));
}

/**
 * The engine on columns built already from the same projects (a Worker builds them page by page
 * as the pages arrive), which it reads every amount from: `projects` may be kept without them.
 */
export function engineOnColumns(projects: readonly KeptProject[], cols: Columns): Engine {
  if (cols.n !== projects.length)
    throw new RangeError('The columns were built from other projects');
  const matches = createMatchState(cols.n);
  const search = createSearchIndex(projects, cols);
  const orders = createOrders(projects, cols);
  const tallies = createTallies(cols);
  let held: PortfolioHeld | undefined;
  let computes = 0;
  let keptAnswers = 0;
  // A click that keeps every project (no filter, or every value of a facet ticked) is the
  // heaviest pass and always gives the same tallies and median: they are kept from the first.
  let kept: KeptTallies | undefined;
  let keptMedian: number | undefined;
  // The warm-up's last work: the whole portfolio's tallies with every part, a slice at a time, so
  // that a later click keeping every project is answered from them whatever its screen shows.
  function* keepWholeSteps(): Generator<void, void, undefined> {
    if (keptHolds(kept, VIEW_PARTS)) return;
    const whole = createTallies(cols);
    const none = new Uint16Array(cols.n);
    startTally(whole, VIEW_PARTS);
    for (let from = 0; from < cols.n; from += WHOLE_SLICE) {
      tallyRange(whole, cols, none, VIEW_PARTS, from, Math.min(cols.n, from + WHOLE_SLICE));
      yield;
    }
    if (!keptHolds(kept, VIEW_PARTS)) kept = { parts: VIEW_PARTS, tallies: whole };
  }
  const medianOf = createMedianFinder(cols.budget, cols.hasBudget, cols.n);
  return {
    size: cols.n,
    compute(filters, sort, lang, parts = VIEW_PARTS) {
      computes++;
      const named = VIEW_PARTS.filter((part) => parts.includes(part));
      updateMatches(matches, cols, filters, lang, search);
      const whole = keepsEveryProject(matches.bits);
      if (whole && keptHolds(kept, named)) {
        keptAnswers++;
        restoreTallies(tallies, kept!);
      } else {
        tally(tallies, cols, matches.bits, named);
        if (whole) kept = keepTallies(tallies, cols, named);
      }
      const rows = orders.rows(sort, lang, matches.bits, tallies.matched);
      const median = whole ? (keptMedian ??= medianOf(undefined)) : medianOf(matches.bits);
      return buildView(tallies, cols, rows, median, tallies.noBudget, named);
    },
    get stats() {
      return { computes, parts: { ...tallies.passes }, kept: keptAnswers };
    },
    forgetKept() {
      kept = undefined;
      keptMedian = undefined;
    },
    warmUp(sort, lang) {
      orders.prepare(sort, lang);
      search.prepare(lang);
    },
    *warmUpSteps(sort, lang) {
      orders.prepare(sort, lang);
      yield;
      // The first filtered compute runs the filter and tally code for the first time: at 100k
      // projects it took about 40 ms of the Worker's CPU (84 ms of wall time) on the first click
      // after the load, against 7–16 ms later. A small engine of the first projects runs that
      // code now, a compute per step, and is dropped; this engine's state is not touched.
      if (cols.n > WARM_SAMPLE) {
        const sample = createEngine(
          Array.from({ length: WARM_SAMPLE }, (_, i) => wholeProject(projects[i]!, cols, i)),
        );
        yield;
        for (const filters of warmFilters(sample.held())) {
          sample.compute(filters, sort, lang, VIEW_PARTS);
          yield;
        }
      }
      yield* search.prepareSteps(lang, WARM_UP_SLICE);
      yield* keepWholeSteps();
    },
    held: () => (held ??= heldOf(cols, projects)),
  };
}
