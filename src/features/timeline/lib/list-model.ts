import type { TimelineRow, TimelineWindow } from '@/domain/engine/timeline';

/**
 * The list the virtualiser walks, read from the engine's window of rows: its length, the rows
 * fetched (undefined for rows not fetched yet, drawn as placeholders), and its groups.
 */
export interface ListModel {
  count: number;
  rowAt(index: number): TimelineRow | undefined;
  /** The index of a group's header row (-1 when ungrouped). */
  headerIndex(group: number): number;
  expanded(group: number): boolean;
}

export function listModel(window: TimelineWindow): ListModel {
  return {
    count: window.count,
    rowAt: (index) => window.rows[index - window.offset],
    headerIndex: (group) => window.groups[group]?.header ?? -1,
    expanded: (group) => window.groups[group]?.expanded ?? true,
  };
}

/** The earliest start and latest end among the fetched project rows from `from` to `to` (inclusive); undefined for none. */
export function spanOfRows(model: ListModel, from: number, to: number) {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = Math.max(0, from); i <= Math.min(to, model.count - 1); i++) {
    const row = model.rowAt(i);
    if (row?.kind !== 'project') continue;
    first = Math.min(first, row.startDay);
    last = Math.max(last, row.endDay);
  }
  return first <= last ? { first, last } : undefined;
}
