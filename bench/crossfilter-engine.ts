import crossfilter from 'crossfilter2';
import { FACETS, type Facet, type Filters } from '../src/domain/filters';
import { funderParts } from '../src/domain/funders';
import { firstDay, lastDay } from '../src/domain/partial-date';
import type { ProjectSummary } from '../src/domain/project';
import { queryTokens, searchTextOf } from '../src/domain/engine/search-text';
import { createChartGroups } from './crossfilter-groups';

/**
 * The peer engine: crossfilter2 set up for the same views. Records are project indices.
 * - One filtered dimension per filter: the six facets (the country one an array dimension, so a
 *   project matches when any of its states does), start and end day (overlap = start ≤ to and
 *   end ≥ from), budget, and text (a filter function over precomputed search texts).
 * - Facet counts: a count group on each facet dimension; crossfilter groups ignore their own
 *   dimension's filter, which is exactly DESIGN §7.
 * - Charts: groups on unfiltered twin dimensions (region, type, status, year with status and
 *   type parts, country with the equal split, region×year, type×year, country×year), which
 *   see every filter. KPIs: a groupAll (count, total, ongoing); distinct countries from the
 *   country chart; rows from the budget dimension's top(Infinity) (sorted by budget, desc),
 *   and the median from those rows.
 * Only the dimensions whose filter changed are touched, as a crossfilter app would.
 */

type Dim = crossfilter.Dimension<number, crossfilter.NaturallyOrderedValue>;
const OPEN_END = 1e9; // crossfilter ranges are half-open, so no Infinity

/** The next float above x ≥ 0, to turn crossfilter's [lo, hi) ranges into [lo, hi]. */
function nextUp(x: number): number {
  if (x === Number.POSITIVE_INFINITY) return x;
  if (x === 0) return Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
}

export interface CrossfilterEngine {
  /** Applies the filters (only what changed) and reads every group: one "compute". */
  compute(filters: Filters): {
    projects: number;
    totalBudget: number;
    facets: Record<Facet, Map<string, number>>;
    rows: number[];
    median: number;
  };
}

export function createCrossfilterEngine(
  projects: readonly ProjectSummary[],
  lang: 'en' | 'fr',
): CrossfilterEngine {
  const p = projects;
  const start = p.map((x) => firstDay(x.startDate));
  const end = p.map((x) => (x.endDate ? lastDay(x.endDate) : OPEN_END));
  const texts = p.map((x) => searchTextOf(x, lang));
  const cf = crossfilter(p.map((_, i) => i));
  const dims: Record<Facet, Dim> = {
    region: cf.dimension((i) => p[i]!.region),
    status: cf.dimension((i) => p[i]!.status),
    type: cf.dimension((i) => p[i]!.type),
    coverage: cf.dimension((i) => p[i]!.coverage),
    country: cf.dimension((i) => p[i]!.countries, true),
    year: cf.dimension((i) => p[i]!.year),
    funder: cf.dimension((i) => funderParts(p[i]!.funders).map((f) => f.key), true),
  };
  const startDim = cf.dimension((i) => start[i]!);
  const endDim = cf.dimension((i) => end[i]!);
  const budgetDim = cf.dimension((i) => p[i]!.budgetUsd ?? 0);
  const textDim = cf.dimension((i) => i);
  const facetGroups = FACETS.map((f) =>
    dims[f].group<crossfilter.NaturallyOrderedValue, number>().reduceCount(),
  );

  const charts = createChartGroups(cf, p);

  const applied = new Map<string, string>();
  /** Sets a dimension's filter unless it is already set that way. */
  const set = (name: string, key: string, apply: () => void) => {
    if (applied.get(name) === key) return;
    applied.set(name, key);
    apply();
  };

  return {
    compute(filters) {
      for (const f of FACETS) {
        const wanted = (filters[f] as readonly (string | number)[]).slice();
        set(f, wanted.map(String).sort().join(','), () => {
          if (wanted.length === 0) dims[f].filterAll();
          else if (wanted.length === 1) dims[f].filterExact(wanted[0]!);
          else dims[f].filterFunction((v) => wanted.includes(v as string | number));
        });
      }
      const from =
        filters.from === undefined ? Number.NEGATIVE_INFINITY : firstDay(String(filters.from));
      const to = filters.to === undefined ? Number.POSITIVE_INFINITY : lastDay(String(filters.to));
      set('start', String(to), () =>
        to === Number.POSITIVE_INFINITY
          ? startDim.filterAll()
          : startDim.filterRange([Number.NEGATIVE_INFINITY, nextUp(to)]),
      );
      set('end', String(from), () =>
        from === Number.NEGATIVE_INFINITY
          ? endDim.filterAll()
          : endDim.filterRange([from, OPEN_END + 1]),
      );
      const min = filters.budgetMin ?? Number.NEGATIVE_INFINITY;
      const max = filters.budgetMax ?? Number.POSITIVE_INFINITY;
      set('budget', `${min}|${max}`, () =>
        filters.budgetMin === undefined && filters.budgetMax === undefined
          ? budgetDim.filterAll()
          : budgetDim.filterRange([min, nextUp(max)]),
      );
      const tokens = queryTokens(filters.q);
      set('text', tokens.join(' '), () =>
        tokens.length === 0
          ? textDim.filterAll()
          : textDim.filterFunction((i) => tokens.every((t) => texts[i as number]!.includes(t))),
      );

      const facets = Object.fromEntries(
        FACETS.map((f, k) => [
          f,
          new Map(
            facetGroups[k]!.all()
              .filter((g) => g.value > 0)
              .map((g) => [String(g.key), g.value]),
          ),
        ]),
      ) as Record<Facet, Map<string, number>>;
      const { projects: n, totalBudget } = charts.read();
      const rows = budgetDim.top(Number.POSITIVE_INFINITY);
      const mid = rows.length >> 1;
      const median =
        rows.length === 0
          ? 0
          : rows.length % 2 === 1
            ? (p[rows[mid]!]!.budgetUsd ?? 0)
            : ((p[rows[mid - 1]!]!.budgetUsd ?? 0) + (p[rows[mid]!]!.budgetUsd ?? 0)) / 2;
      return { projects: n, totalBudget, facets, rows, median };
    },
  };
}
