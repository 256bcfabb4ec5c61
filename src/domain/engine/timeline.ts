import type { Language } from '../codes/languages';
import { filtersKey, sortKey, type Filters, type SortKey } from '../filters';
import type { ProjectSummary } from '../project';
import { budgetAt, type Columns, type KeptProject } from './columns';
import {
  buildGroupIndex,
  groupIndexInOrder,
  groupRows,
  NO_COUNTRY,
  type GroupBy,
  type GroupIndex,
  type TimelineGroup,
} from './timeline-groups';
import { buildRowModel, type RowModel } from './timeline-rows';
import {
  positionsByStart,
  spanExtent,
  spansInOrder,
  spanTable,
  startOrder,
  type SpanTable,
} from './timeline-spans';
import type { Bin, PortfolioView } from './types';

/**
 * The timeline's projection of a view, computed where the engine runs (this thread below the
 * Worker threshold, the Worker above it): spans, start order, groups and the rows of the window
 * the screen shows. The page asks for a window of rows and gets only those, with the totals and
 * the time extent, so what it does per filter change depends on the rows it shows, not on the
 * portfolio.
 */

/** What the timeline asks for, besides the filters, sort and language of the view. */
export interface TimelineQuery {
  groupBy: GroupBy;
  /** Keys of the collapsed groups (of this grouping). */
  collapsed: readonly string[];
  /** The data date (`meta.asOf`): open-ended spans are drawn to it. */
  asOf: string;
  /** The first row of the window. */
  offset: number;
  /** How many rows from `offset`. */
  limit: number;
}

export interface TimelineGroupSummary {
  key: string;
  /** Projects in the group. */
  count: number;
  /** From the engine's bins: a country's equal shares for country groups. */
  budget: number;
  /** Index of its header row; -1 when not grouped. */
  header: number;
  expanded: boolean;
}

/** One row of the window: a group's header, or a project with its span. */
export type TimelineRow =
  | { kind: 'group'; index: number; group: number }
  | {
      kind: 'project';
      index: number;
      group: number;
      /** Index of the project in the portfolio. */
      project: number;
      startDay: number;
      endDay: number;
      open: boolean;
    };

/**
 * What a row and its tooltip show of a project: the window carries only this, so that the answer
 * the page receives (and copies out of the Worker) stays a few kilobytes whatever the projects hold.
 */
export type TimelineProject = Pick<
  ProjectSummary,
  'id' | 'title' | 'startDate' | 'endDate' | 'status' | 'budgetUsd' | 'countries'
>;

/** A project's fields the timeline shows; its budget as its columns hold it (budgetAt). */
export function timelineProject(
  project: KeptProject,
  budgetUsd: number | undefined,
): TimelineProject {
  const { id, title, startDate, endDate, status, countries } = project;
  return {
    id,
    title,
    startDate,
    ...(endDate === undefined ? {} : { endDate }),
    status,
    ...(budgetUsd === undefined ? {} : { budgetUsd }),
    countries,
  };
}

export interface TimelineWindow {
  /** Rows in the whole list: group headers and the projects of expanded groups. */
  count: number;
  /** Matching projects (once each, although a project may be listed under several countries). */
  matching: number;
  /** Their total budget (USD), as the view counts it: what the list's summary says. */
  budget: number;
  /** True when rows are in start order (no sort chosen), else in the table's sort. */
  byStart: boolean;
  groups: TimelineGroupSummary[];
  /** Earliest start and latest end of the matching projects, the data date included (days). */
  extent: { first: number; last: number };
  asOfDay: number;
  offset: number;
  /** The rows from `offset`, at most `limit`. */
  rows: TimelineRow[];
  /**
   * The projects of the window's project rows, by portfolio index: the page draws them from
   * here, so it needs no copy of the portfolio when the engine runs in a Worker.
   */
  projects: Map<number, TimelineProject>;
}

/** A view and the key of the request it answers (filters, sort and language). */
export interface KeyedView {
  key: string;
  view: Pick<PortfolioView, 'rows' | 'byRegion' | 'byType' | 'byCountry' | 'kpis'>;
}

/** The canonical form of a view request: equal keys, equal views. */
export function viewKey(filters: Filters, sort: readonly SortKey[], lang: Language): string {
  return `${filtersKey(filters)}|${sortKey(sort)}|${lang}`;
}

/** The engine's bins for a grouping: what group headers show. */
function binsFor(view: KeyedView['view'], by: GroupBy): readonly Bin[] {
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

export interface TimelineProjection {
  window(source: KeyedView, byStart: boolean, lang: Language, query: TimelineQuery): TimelineWindow;
}

/** Remembers the last value per key: recomputed only when the key changes. */
function lastByKey<T>() {
  let last: { key: string; value: T } | undefined;
  return (key: string, make: () => T): T => {
    if (last?.key !== key) last = { key, value: make() };
    return last.value;
  };
}

/**
 * The timeline of a portfolio: its projects (kept without their amounts, see KeptProject) and
 * their budgets as its columns hold them.
 */
export function createTimelineProjection(
  projects: readonly KeptProject[],
  cols: Pick<Columns, 'budget' | 'hasBudget'>,
): TimelineProjection {
  // Once per portfolio and data date, grouping, or view: each is a walk of the portfolio or rows.
  const spansOf = lastByKey<{ table: SpanTable; order: Uint32Array; inOrder: SpanTable }>();
  const indexOf = new Map<GroupBy, GroupIndex>();
  // Per data date and grouping: the index laid out in start order (the start order's date).
  const indexInOrderOf = new Map<string, GroupIndex>();
  const indexFor = (groupBy: Exclude<GroupBy, 'none'>) => {
    let index = indexOf.get(groupBy);
    if (!index) indexOf.set(groupBy, (index = buildGroupIndex(projects, groupBy)));
    return index;
  };
  const layoutOf = lastByKey<{
    groups: TimelineGroup[];
    extent: { first: number; last: number };
  }>();
  const modelOf = lastByKey<RowModel>();

  return {
    window(source, byStart, lang, query) {
      const { groupBy, asOf } = query;
      const spans = spansOf(asOf, () => {
        indexInOrderOf.clear();
        const table = spanTable(projects, asOf);
        const order = startOrder(table);
        return { table, order, inOrder: spansInOrder(table, order) };
      });
      const layout = layoutOf(`${source.key}|${groupBy}|${byStart}|${asOf}`, () => {
        const bins = binsFor(source.view, groupBy);
        if (!byStart) {
          const rows = source.view.rows;
          const index = groupBy === 'none' ? undefined : indexFor(groupBy);
          const groups = groupRows(cols.budget, index, rows, groupBy, bins, lang);
          return { groups, extent: spanExtent(spans.table, rows) };
        }
        // In start order, every table is read in that order: from start to end, not all over.
        const places = positionsByStart(source.view.rows, spans.order);
        let index: GroupIndex | undefined;
        if (groupBy !== 'none') {
          index = indexInOrderOf.get(groupBy);
          if (!index)
            indexInOrderOf.set(
              groupBy,
              (index = groupIndexInOrder(indexFor(groupBy), spans.order)),
            );
        }
        const groups = groupRows(cols.budget, index, places, groupBy, bins, lang, spans.order);
        return { groups, extent: spanExtent(spans.inOrder, places) };
      });
      const collapsed = new Set(query.collapsed);
      const grouped = groupBy !== 'none';
      const model = modelOf(
        `${source.key}|${groupBy}|${byStart}|${asOf}|${[...collapsed].sort().join(',')}`,
        () => buildRowModel(layout.groups, grouped, collapsed),
      );
      const offset = Math.max(0, Math.min(query.offset, model.count));
      const end = Math.min(model.count, offset + Math.max(0, query.limit));
      const rows: TimelineRow[] = [];
      const shown = new Map<number, TimelineProject>();
      for (let index = offset; index < end; index++) {
        const row = model.rowAt(index);
        if (row.kind === 'group') {
          rows.push({ kind: 'group', index, group: row.groupIndex });
          continue;
        }
        const p = row.project;
        shown.set(p, timelineProject(projects[p]!, budgetAt(cols, p)));
        rows.push({
          kind: 'project',
          index,
          group: row.groupIndex,
          project: p,
          startDay: spans.table.start[p]!,
          endDay: spans.table.end[p]!,
          open: spans.table.open[p] === 1,
        });
      }
      return {
        count: model.count,
        matching: source.view.rows.length,
        budget: source.view.kpis.totalBudget,
        byStart,
        groups: layout.groups.map((group, gi) => ({
          key: group.key,
          count: group.members.length,
          budget: group.budget,
          header: model.headerIndex(gi),
          expanded: !grouped || !collapsed.has(group.key),
        })),
        extent: layout.extent,
        asOfDay: spans.table.asOfDay,
        offset,
        rows,
        projects: shown,
      };
    },
  };
}
