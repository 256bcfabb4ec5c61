import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** Which funding years the pivot shows, and whether more lie either side. */
export interface PivotWindow {
  /** Index of the first and last year column wholly in view (last < first: the Total only). */
  first: number;
  last: number;
  moreBefore: boolean;
  moreAfter: boolean;
  /** Scroll by one screen of years: -1 earlier, +1 later. */
  page: (direction: -1 | 1) => void;
}

/** The class that lets the Total scroll with the years (set on the scroll box). */
const TOTAL_SCROLLS = 'pivot-total-scrolls';

interface Widths {
  label: number;
  total: number;
  year: number;
}

function measure(table: HTMLTableElement): Widths | undefined {
  const head = table.tHead?.rows[0];
  if (!head || head.cells.length < 3) return undefined;
  const width = (i: number) => head.cells[i]!.getBoundingClientRect().width;
  return { label: width(0), year: width(1), total: width(head.cells.length - 1) };
}

/**
 * Runs `task` once the browser has laid `element` out for the next frame and before it paints
 * (a ResizeObserver's first report), so what it reads is already known and costs no layout of its
 * own; at once where there is no ResizeObserver. Returns the cancel.
 */
function afterLayout(element: Element, task: () => void): () => void {
  if (typeof ResizeObserver === 'undefined') {
    task();
    return () => {};
  }
  const observer = new ResizeObserver(() => {
    observer.disconnect();
    task();
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * Sizes the pivot's scroll box to a whole number of year columns between the sticky row labels
 * and the sticky Total, so no amount is ever partly hidden under them (the years snap column by
 * column), opens it on the most recent years and reports what lies out of view.
 */
export function usePivotWindow(
  scrollRef: RefObject<HTMLDivElement | null>,
  yearCount: number,
  /** Changes whenever the columns change (rows, filters, language): the box opens at the end. */
  layoutKey: string,
  /** Whether the table is drawn (a view with no rows has none): a new table is fitted again. */
  mounted = true,
): PivotWindow {
  const [state, setState] = useState({
    first: 0,
    last: yearCount - 1,
    before: false,
    after: false,
  });
  const [perPage, setPerPage] = useState(yearCount);

  const read = useCallback(() => {
    const box = scrollRef.current;
    const table = box?.querySelector('table');
    if (!box || !table) return;
    const widths = measure(table);
    if (!widths || widths.year === 0) return;
    const totalScrolls = box.classList.contains(TOTAL_SCROLLS);
    const first = Math.round(box.scrollLeft / widths.year);
    const room = box.clientWidth - widths.label - (totalScrolls ? 0 : widths.total);
    const shown = Math.max(1, Math.round(room / widths.year));
    // When the Total scrolls with the years it is the last column of the window.
    const last = Math.min(yearCount - 1, first + shown - 1);
    const end = box.scrollLeft + box.clientWidth >= box.scrollWidth - 1;
    // Unchanged (most filter changes): no render of the pivot again inside the commit.
    setState((prev) =>
      prev.first === first && prev.last === last && prev.before === first > 0 && prev.after === !end
        ? prev
        : { first, last, before: first > 0, after: !end },
    );
  }, [scrollRef, yearCount]);

  // Fit the box to whole columns whenever its room or the number of years changes. The columns
  // have fixed widths, so the rows (a filter change) never change the fit: refitting on each
  // filter laid the page out several times inside the commit.
  useLayoutEffect(() => {
    const box = scrollRef.current;
    const room = box?.parentElement;
    const table = box?.querySelector('table');
    if (!box || !room || !table) return;
    const fit = () => {
      box.style.width = '';
      box.classList.remove(TOTAL_SCROLLS);
      let widths = measure(table);
      if (!widths || widths.year === 0) return;
      const style = getComputedStyle(room);
      const inner =
        room.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const border = box.offsetWidth - box.clientWidth;
      let space = inner - border - widths.label - widths.total;
      // On a phone the Total may leave no room for a year: it then scrolls with the years, as
      // wide as they are, so the window still holds whole columns.
      if (space < widths.year) {
        box.classList.add(TOTAL_SCROLLS);
        widths = measure(table) ?? widths;
        space = inner - border - widths.label;
      }
      const totalScrolls = box.classList.contains(TOTAL_SCROLLS);
      const columns = Math.max(1, Math.floor(space / widths.year + 0.001));
      setPerPage(columns);
      if (columns < yearCount + (totalScrolls ? 1 : 0)) {
        const fixed = widths.label + (totalScrolls ? 0 : widths.total);
        box.style.width = `${fixed + columns * widths.year + border}px`;
      }
      read();
    };
    if (typeof ResizeObserver === 'undefined') {
      fit();
      return;
    }
    // Fitted when the observer first reports (after the browser's layout, before its paint: the
    // sizes read are already known), then on a change of width only: the room grows taller with
    // every row a filter adds, and refitting then would lay the page out again for nothing.
    let width: number | undefined;
    const observer = new ResizeObserver((entries) => {
      const next = entries[0]?.contentRect.width;
      if (next !== undefined && next === width) return;
      width = next;
      fit();
    });
    observer.observe(room);
    return () => observer.disconnect();
  }, [scrollRef, yearCount, mounted, read]);

  // Open on the most recent years whenever the columns change; already there (most filter
  // changes), nothing is written. Done once the browser has laid the new table out, not inside
  // React's commit, where reading the scroll position laid the whole page out before the rest of
  // the update was applied (≈ 12 ms of every filter click).
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    return afterLayout(box, () => {
      if (box.scrollLeft + box.clientWidth < box.scrollWidth - 1) box.scrollLeft = box.scrollWidth;
      read();
    });
  }, [scrollRef, layoutKey, read]);

  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    box.addEventListener('scroll', read, { passive: true });
    return () => box.removeEventListener('scroll', read);
  }, [scrollRef, read]);

  const page = useCallback(
    (direction: -1 | 1) => {
      const box = scrollRef.current;
      const table = box?.querySelector('table');
      const widths = table ? measure(table) : undefined;
      if (!box || !widths) return;
      box.scrollBy({ left: direction * perPage * widths.year, behavior: 'smooth' });
    },
    [scrollRef, perPage],
  );

  return {
    first: state.first,
    last: state.last,
    moreBefore: state.before,
    moreAfter: state.after,
    page,
  };
}
