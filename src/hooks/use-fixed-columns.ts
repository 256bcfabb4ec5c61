import { useEffect, useMemo, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useScrollBox } from './use-scroll-box';

/** The columns drawn: indices `start` (included) to `end` (excluded), after the pinned ones. */
export interface ColumnWindow {
  start: number;
  end: number;
}

export interface FixedColumnsOptions {
  /** Every column's width in pixels, in the table's order. */
  widths: readonly number[];
  /** Columns at the start that stick to the left edge: always drawn, and covering what scrolls under them. */
  pinned: number;
  scrollRef: RefObject<HTMLElement | null>;
  /** Columns drawn beyond each side of those in view. */
  overscan: number;
  /** The scroll box's width until it is measured, and wherever it measures 0 (jsdom, hidden). */
  initialWidth: number;
}

/**
 * The columns in view for a horizontal scroll position, by arithmetic from the widths: those
 * after the pinned columns that show between the pinned columns' right edge and the box's right
 * edge, with `overscan` more on each side.
 */
export function columnWindow(
  widths: readonly number[],
  pinned: number,
  scrollLeft: number,
  viewportWidth: number,
  overscan: number,
): ColumnWindow {
  const count = widths.length;
  const first = Math.min(pinned, count);
  let x = 0;
  for (let i = 0; i < first; i++) x += widths[i] ?? 0;
  const from = scrollLeft + x;
  const to = scrollLeft + viewportWidth;
  let start = count;
  let end = first;
  for (let i = first; i < count; i++) {
    const left = x;
    x += widths[i] ?? 0;
    if (x > from && start === count) start = i;
    if (left < to) end = i + 1;
  }
  if (start >= end) return { start: first, end: first };
  return { start: Math.max(first, start - overscan), end: Math.min(count, end + overscan) };
}

/**
 * Column virtualisation beside `useFixedRows`: which columns of a wide table to draw, found from
 * the scroll box's horizontal offset and width and the columns' declared widths (no layout read
 * per render), so that a render of the rows costs the columns in view, not every column. For
 * printing, every column is drawn (from `beforeprint` until `afterprint`): paper has no scroll.
 */
export function useFixedColumns({
  widths,
  pinned,
  scrollRef,
  overscan,
  initialWidth,
}: FixedColumnsOptions): ColumnWindow {
  const [box] = useScrollBox(scrollRef, 'x', initialWidth, initialWidth);

  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Drawn before the browser lays the page out for print, hence flushSync.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const { start, end } = printing
    ? { start: Math.min(pinned, widths.length), end: widths.length }
    : columnWindow(widths, pinned, box.offset, box.size, overscan);
  // The same object while the same columns are drawn, so memoised rows are not drawn again.
  return useMemo(() => ({ start, end }), [start, end]);
}
