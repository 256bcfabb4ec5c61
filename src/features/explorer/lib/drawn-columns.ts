import type { ColumnWindow } from '@/hooks/use-fixed-columns';
import type { ProjectField } from '@/domain/project';

/** The title column sticks to the left edge: always drawn, covering what scrolls under it. */
export const STICKY_COLUMNS = 1;

/** A cell of a drawn row: a column with its index among those shown, or one empty cell spanning the columns not drawn. */
export type DrawnColumn =
  { field: ProjectField; index: number } | { key: 'before' | 'after'; gap: number };

/**
 * The cells of a row as the table draws them: the pinned columns, one gap cell for the columns
 * left of those in view, the columns in view, one gap cell for those right of them. The gaps span
 * their columns (`colSpan`), so the table keeps its columns' widths and its scroll width.
 */
export function drawnColumns(
  visible: readonly ProjectField[],
  { start, end }: ColumnWindow,
  pinned = STICKY_COLUMNS,
): DrawnColumn[] {
  const cells: DrawnColumn[] = [];
  const first = Math.min(pinned, visible.length);
  for (let i = 0; i < first; i++) cells.push({ field: visible[i]!, index: i });
  if (start > first) cells.push({ key: 'before', gap: start - first });
  for (let i = start; i < end; i++) cells.push({ field: visible[i]!, index: i });
  if (visible.length > Math.max(end, first))
    cells.push({ key: 'after', gap: visible.length - Math.max(end, first) });
  return cells;
}
