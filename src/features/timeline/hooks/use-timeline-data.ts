import { useMemo } from 'react';
import type { Bin, PortfolioView } from '@/domain/engine/types';
import { useExplore } from '@/hooks/portfolio/explore-context';
import { buildGroupIndex, groupRows, NO_COUNTRY, type GroupBy } from '../lib/groups';
import { rowsByStart, spanExtent, spanTable, startOrder } from '../lib/spans';
import { yearDomain } from '../lib/time-scale';

/** The engine's bins for a grouping: what group headers show. */
function binsFor(view: PortfolioView, by: GroupBy): readonly Bin[] {
  switch (by) {
    case 'region':
      return view.byRegion;
    case 'type':
      return view.byType;
    case 'country':
      return view.byCountry;
    case 'none':
      return [{ key: NO_COUNTRY, budget: view.kpis.totalBudget, count: view.kpis.projects }];
  }
}

/**
 * What the timeline draws for the current filters: spans and group keys (once per portfolio), the matching rows
 * in the table's sort or, with no sort chosen, by start date, their groups and the time domain.
 */
export function useTimelineData(groupBy: GroupBy) {
  const { portfolio, view, sort, lang } = useExplore();
  const spans = useMemo(() => spanTable(portfolio.projects, portfolio.meta.asOf), [portfolio]);
  const byStart = sort.length === 0;
  const order = useMemo(() => (byStart ? startOrder(spans) : undefined), [spans, byStart]);
  const rows = useMemo(
    () => (order ? rowsByStart(view.rows, order) : view.rows),
    [order, view.rows],
  );
  const index = useMemo(
    () => (groupBy === 'none' ? undefined : buildGroupIndex(portfolio.projects, groupBy)),
    [portfolio.projects, groupBy],
  );
  const groups = useMemo(
    () => groupRows(portfolio.projects, index, rows, groupBy, binsFor(view, groupBy), lang),
    [portfolio.projects, index, rows, groupBy, view, lang],
  );
  const domain = useMemo(() => {
    const { first, last } = spanExtent(spans, rows);
    return yearDomain(first, last);
  }, [spans, rows]);
  return { spans, rows, groups, domain, byStart };
}
