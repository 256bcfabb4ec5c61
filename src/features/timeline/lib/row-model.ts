import type { TimelineGroup } from './groups';
import type { SpanTable } from './spans';

/** One line of the timeline list: a group header or a project's bar. */
export type TimelineRow =
  | { kind: 'group'; groupIndex: number; expanded: boolean }
  | { kind: 'project'; groupIndex: number; project: number };

/**
 * The flat list the virtualiser walks: group headers and, under each expanded group, its
 * projects. Rows are found by position without building one object per project, so a change of
 * filters or a collapse costs a pass over the groups, not over the projects.
 */
export interface RowModel {
  count: number;
  rowAt(index: number): TimelineRow;
  /** The index of a group's header row (-1 when ungrouped). */
  headerIndex(groupIndex: number): number;
}

/** Builds the rows; `grouped` false gives the first (only) group's projects, without a header. */
export function buildRowModel(
  groups: readonly TimelineGroup[],
  grouped: boolean,
  collapsed: ReadonlySet<string>,
): RowModel {
  if (!grouped) {
    const members = groups[0]?.members ?? new Uint32Array(0);
    return {
      count: members.length,
      rowAt: (index) => ({ kind: 'project', groupIndex: 0, project: members[index]! }),
      headerIndex: () => -1,
    };
  }
  const starts = new Array<number>(groups.length);
  const expanded = groups.map((g) => !collapsed.has(g.key));
  let count = 0;
  groups.forEach((group, gi) => {
    starts[gi] = count;
    count += 1 + (expanded[gi] ? group.members.length : 0);
  });
  const groupAt = (index: number): number => {
    let lo = 0;
    let hi = groups.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    count,
    rowAt(index) {
      const gi = groupAt(index);
      const offset = index - starts[gi]!;
      if (offset === 0) return { kind: 'group', groupIndex: gi, expanded: expanded[gi]! };
      return { kind: 'project', groupIndex: gi, project: groups[gi]!.members[offset - 1]! };
    },
    headerIndex: (gi) => starts[gi] ?? -1,
  };
}

/** The earliest start and latest end among the projects of rows `from` to `to` (inclusive); undefined for headers only. */
export function spanOfRows(
  model: RowModel,
  spans: Pick<SpanTable, 'start' | 'end'>,
  from: number,
  to: number,
) {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = Math.max(0, from); i <= Math.min(to, model.count - 1); i++) {
    const row = model.rowAt(i);
    if (row.kind !== 'project') continue;
    first = Math.min(first, spans.start[row.project]!);
    last = Math.max(last, spans.end[row.project]!);
  }
  return first <= last ? { first, last } : undefined;
}

export type NavigationKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';
export const NAVIGATION_KEYS: ReadonlySet<string> = new Set<NavigationKey>([
  'ArrowDown',
  'ArrowUp',
  'Home',
  'End',
  'PageDown',
  'PageUp',
]);

/** The row a navigation key moves to, staying within the list. */
export function navigateRow(
  key: NavigationKey,
  index: number,
  count: number,
  pageSize: number,
): number {
  const last = Math.max(0, count - 1);
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return clamp(index + Math.max(1, pageSize));
    case 'PageUp':
      return clamp(index - Math.max(1, pageSize));
  }
}
