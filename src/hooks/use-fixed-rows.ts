import { useCallback, useMemo, type RefObject } from 'react';
import { useScrollBox } from './use-scroll-box';

/** A row in the rendered window: its index in the list and its top in the scroll box. */
export interface FixedRow {
  index: number;
  key: string;
  /** Top of the row in the scroll box's content (the margin above the first row included). */
  start: number;
}

/** The rows on screen, without the rows drawn beyond them. */
export interface RowRange {
  startIndex: number;
  endIndex: number;
}

export interface FixedRowsOptions {
  count: number;
  scrollRef: RefObject<HTMLElement | null>;
  rowHeight: number;
  /** Space above the first row inside the scroll box (a sticky axis), also kept clear when scrolling to a row. */
  margin: number;
  /** Rows drawn beyond each end of those on screen. */
  overscan: number;
  getKey: (index: number) => string;
  /** The scroll box's height until it is measured. */
  initialHeight: number;
}

export interface FixedRows {
  items: FixedRow[];
  totalSize: number;
  /** The scroll box's height. */
  height: number;
  scrollTop: number;
  range: RowRange | undefined;
  /** Scrolls the least that puts the row wholly in view below the margin. */
  scrollToIndex: (index: number) => void;
}

/** The rows on screen for a scroll position: every row of this list has the same height. */
export function rowRange(
  count: number,
  scrollTop: number,
  height: number,
  rowHeight: number,
  margin: number,
): RowRange | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  const startIndex = Math.min(last, Math.max(0, Math.floor((scrollTop - margin) / rowHeight)));
  const endIndex = Math.min(
    last,
    Math.max(startIndex, Math.ceil((scrollTop + height - margin) / rowHeight) - 1),
  );
  return { startIndex, endIndex };
}

/**
 * A virtualised list of rows of one height: which rows to draw and where, found by arithmetic
 * from the scroll position, so that its cost per render depends on the rows drawn, never on how
 * many rows the list holds (a list of a million rows costs what a list of fifty does).
 */
export function useFixedRows({
  count,
  scrollRef,
  rowHeight,
  margin,
  overscan,
  getKey,
  initialHeight,
}: FixedRowsOptions): FixedRows {
  const [{ offset: scrollTop, size: height }, readBox] = useScrollBox(
    scrollRef,
    'y',
    initialHeight,
  );

  const range = rowRange(count, scrollTop, height, rowHeight, margin);
  const from = range ? Math.max(0, range.startIndex - overscan) : 0;
  const to = range ? Math.min(count - 1, range.endIndex + overscan) : -1;
  const items = useMemo(() => {
    const rows: FixedRow[] = [];
    for (let index = from; index <= to; index++)
      rows.push({ index, key: getKey(index), start: margin + index * rowHeight });
    return rows;
  }, [from, to, getKey, margin, rowHeight]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const top = margin + index * rowHeight;
      const current = element.scrollTop;
      const visible = element.clientHeight;
      let next = current;
      if (top - margin < current) next = top - margin;
      else if (top + rowHeight > current + visible) next = top + rowHeight - visible;
      if (next === current) return;
      element.scrollTop = next;
      // Drawn now, so that the row exists when focus moves to it (the scroll event comes later).
      readBox();
    },
    [scrollRef, margin, rowHeight, readBox],
  );

  return {
    items,
    totalSize: count * rowHeight,
    height,
    scrollTop,
    range,
    scrollToIndex,
  };
}
