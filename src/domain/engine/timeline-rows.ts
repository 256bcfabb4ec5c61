import type { TimelineGroup } from './timeline-groups';

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
