import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import type { TimelineRow } from '@/domain/engine/timeline';
import { spanOfRows, type ListModel } from '../lib/list-model';
import { anchoredScrollLeft, barBox, type TimeScale } from '../lib/time-scale';
import {
  canStep,
  centreOn,
  clampLeft,
  leftForParam,
  showsParam,
  stepWindow,
  windowStartParam,
  type TrackView,
} from '../lib/time-window';
import type { FixedRows } from '@/hooks/use-fixed-rows';

interface TimeWindowOptions {
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Pick<FixedRows, 'range'>;
  model: ListModel;
  scale: TimeScale;
  view: TrackView;
  /** The window start the URL names (`at`), if any. */
  at: string | undefined;
  /** Writes the window start to the URL (replacing the history entry). */
  setAt: (at: string) => void;
  /** Whether the window is narrower than the axis (a zoom in, or a phone). */
  zoomed: boolean;
  /** The data date (`asOf`) as a day number: the timeline's "today", where Today centres the window. */
  dataDay: number;
}

/** How long the sideways scroll rests before its window start is written to the URL. */
const SETTLE_MS = 400;

/**
 * The timeline's time window: the sideways scroll of its track, kept on the same dates and rows
 * when the scale changes, moved by Earlier, Later and Today (to the data date), brought to a focused bar, and kept
 * in the URL (`at`, the month at its left edge) so that a link or a reload opens on it.
 */
export function useTimeWindow({
  scrollRef,
  virtualizer,
  model,
  scale,
  view,
  at,
  setAt,
  zoomed,
  dataDay,
}: TimeWindowOptions) {
  const [scrollLeft, setScrollLeft] = useState(0);
  const previousScale = useRef<{ scale: TimeScale; view: TrackView } | undefined>(undefined);
  // A position this hook scrolled to itself (following the URL or the scale): not written back.
  const placed = useRef<number | undefined>(undefined);
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Whether the window is where the URL's `at` puts it (false from a scroll until it is written).
  const followsUrl = useRef(false);
  // Where a zoomed window opened without `at` (a month), kept through the first layouts.
  const opened = useRef<string | undefined>(undefined);
  const latest = useRef({ scale, view, at, setAt });
  useLayoutEffect(() => {
    latest.current = { scale, view, at, setAt };
  });
  useEffect(() => () => clearTimeout(settle.current), []);

  const place = useCallback(
    (left: number) => {
      const element = scrollRef.current;
      if (!element) return;
      element.scrollLeft = left;
      placed.current = element.scrollLeft;
      setScrollLeft(element.scrollLeft);
    },
    [scrollRef],
  );

  // On the first scale: the URL's window, else (zoomed in) where the bars of the rows on screen
  // start. On a new scale (zoom, resize, filters): the same dates in view, or the rows' bars.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    const before = previousScale.current;
    previousScale.current = { scale, view };
    if (!element) return;
    if (!before) {
      const range = virtualizer.range;
      const onScreen = range ? spanOfRows(model, range.startIndex, range.endIndex) : undefined;
      followsUrl.current = at !== undefined;
      if (at) place(leftForParam(at, scale, view));
      else if (zoomed && onScreen) {
        opened.current = windowStartParam(scale.x(onScreen.first), scale);
        followsUrl.current = true;
        place(leftForParam(opened.current, scale, view));
      } else place(clampLeft(element.scrollLeft, view));
      return;
    }
    // The window the URL names, still shown: it stays the window start (same month at the left).
    const named = at ?? opened.current;
    if (named && followsUrl.current) {
      place(leftForParam(named, scale, view));
      return;
    }
    const previous = before.scale;
    if (previous.pxPerDay === scale.pxPerDay && previous.startDay === scale.startDay) return;
    const range = virtualizer.range;
    const onScreen = range ? spanOfRows(model, range.startIndex, range.endIndex) : undefined;
    place(
      clampLeft(
        anchoredScrollLeft(previous, scale, element.scrollLeft, view.visible, onScreen),
        view,
      ),
    );
    // Only the scale matters here: rows and the URL are read as they are when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scale, view.max, view.visible]);

  // The URL's window start changed from outside (Back, a link): go there.
  const shownAt = useRef(at);
  useLayoutEffect(() => {
    if (shownAt.current === at) return;
    shownAt.current = at;
    const element = scrollRef.current;
    if (!element || !at) return;
    followsUrl.current = true;
    if (showsParam(element.scrollLeft, at, scale, view)) return;
    place(leftForParam(at, scale, view));
    // Only a new `at` moves the window; the scale has its own effect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [at]);

  const write = useCallback((left: number) => {
    const { scale: s, at: current, setAt: set } = latest.current;
    const next = windowStartParam(left, s);
    followsUrl.current = true;
    if (next !== current) {
      shownAt.current = next;
      set(next);
    }
  }, []);

  const onScroll = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    const left = element.scrollLeft;
    setScrollLeft(left);
    if (placed.current !== undefined && Math.abs(placed.current - left) < 1) return;
    placed.current = undefined;
    followsUrl.current = false;
    clearTimeout(settle.current);
    settle.current = setTimeout(() => write(left), SETTLE_MS);
  }, [scrollRef, write]);

  /** Moves the window to a position now, and says so in the URL. */
  const moveTo = useCallback(
    (left: number) => {
      place(left);
      clearTimeout(settle.current);
      write(scrollRef.current?.scrollLeft ?? left);
    },
    [place, write, scrollRef],
  );

  // Stable while the scale is, so that the buttons are not drawn again on a filter change.
  const earlier = useCallback(
    () => moveTo(stepWindow(scrollRef.current?.scrollLeft ?? 0, -1, scale, view)),
    [moveTo, scrollRef, scale, view],
  );
  const later = useCallback(
    () => moveTo(stepWindow(scrollRef.current?.scrollLeft ?? 0, 1, scale, view)),
    [moveTo, scrollRef, scale, view],
  );
  const today = useCallback(
    () => moveTo(centreOn(dataDay, scale, view)),
    [moveTo, dataDay, scale, view],
  );
  const { earlier: canEarlier, later: canLater } = canStep(scrollLeft, view);
  const can = useMemo(() => ({ earlier: canEarlier, later: canLater }), [canEarlier, canLater]);

  const revealBar = useCallback(
    (row: Extract<TimelineRow, { kind: 'project' }>) => {
      const element = scrollRef.current;
      if (!element) return;
      const { scale: s, view: v } = latest.current;
      const box = barBox(row.startDay, row.endDay, s);
      const visibleEnd = element.scrollLeft + v.visible;
      if (box.left + box.width < element.scrollLeft + 8 || box.left > visibleEnd - 8) {
        element.scrollLeft = clampLeft(box.left - 24, v);
      }
    },
    [scrollRef],
  );

  return {
    scrollLeft,
    onScroll,
    revealBar,
    earlier,
    later,
    today,
    can,
  };
}
