import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

const STORAGE_KEY = 'portfolio-dashboard.list-return';
/** Frames to wait for the list to grow and the row to render before giving up on the return. */
const RETURN_FRAMES = 30;

interface ListPlace {
  /** The list's query string: only the same list gets its place back. */
  search: string;
  top: number;
  /** The project opened from the list, whose row gets focus back. */
  id: string;
}

function readPlace(): ListPlace | undefined {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const place = raw ? (JSON.parse(raw) as Partial<ListPlace>) : undefined;
    return typeof place?.search === 'string' &&
      typeof place.top === 'number' &&
      typeof place.id === 'string'
      ? (place as ListPlace)
      : undefined;
  } catch {
    return undefined;
  }
}

function writePlace(place: ListPlace | undefined): void {
  try {
    if (place) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(place));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage off: coming back starts at the top, as before.
  }
}

/** The list a query string shows: the language does not make it another list. */
function listKey(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('lang');
  return params.toString();
}

/**
 * Scrolls the list back to where it was, frame after frame until it is tall enough to get there
 * (the virtualiser sizes it after its first render), then focuses the link of the row opened.
 */
function returnTo(scroller: HTMLElement, place: ListPlace, framesLeft: number): void {
  scroller.scrollTop = place.top;
  const there = Math.abs(scroller.scrollTop - place.top) <= 1;
  const link = there
    ? scroller.querySelector<HTMLElement>(`[data-id="${CSS.escape(place.id)}"] a`)
    : null;
  if (link) link.focus({ preventScroll: true });
  else if (framesLeft > 0) requestAnimationFrame(() => returnTo(scroller, place, framesLeft - 1));
}

/**
 * Coming back to the list from a project opened in it (Back, or the page's own link): the list
 * scrolls to where it was and the row of that project has focus. A new filter or sort (another
 * query string, the language aside) is a new list, read from the top. Returns the callback that
 * notes the project being opened.
 */
export function useListReturn(
  scrollRef: RefObject<HTMLElement | null>,
  rowCount: number,
  search: string,
): (id: string) => void {
  const [returning] = useState(() => {
    const place = readPlace();
    return place && listKey(place.search) === listKey(search) ? place : undefined;
  });
  const pending = useRef(returning);
  // Used once: a later visit to the list is a visit, not a return.
  useEffect(() => writePlace(undefined), []);
  // Whether the list is scrolled, noted as it scrolls: a new list at the top of an unscrolled
  // list then touches no scroll position, which would lay the whole page out inside the commit.
  const scrolled = useRef(false);
  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const note = () => {
      scrolled.current = scroller.scrollTop > 0;
    };
    scroller.addEventListener('scroll', note, { passive: true });
    return () => scroller.removeEventListener('scroll', note);
  }, [scrollRef]);
  const list = listKey(search);
  const hasRows = rowCount > 0;
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const place = pending.current;
    if (!place) {
      if (scrolled.current) {
        scroller.scrollTop = 0;
        scrolled.current = false;
      }
      return;
    }
    // The list may arrive after the first render (a large portfolio's first view).
    if (!hasRows) return;
    pending.current = undefined;
    returnTo(scroller, place, RETURN_FRAMES);
  }, [scrollRef, list, hasRows]);

  const latest = useRef({ search, scrollRef });
  useEffect(() => {
    latest.current = { search, scrollRef };
  });
  return useCallback((id: string) => {
    const { search: current, scrollRef: ref } = latest.current;
    writePlace({ search: current, top: ref.current?.scrollTop ?? 0, id });
  }, []);
}
