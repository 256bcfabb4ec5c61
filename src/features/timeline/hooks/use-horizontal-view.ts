import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import { spanOfRows, type RowModel } from '../lib/row-model';
import type { SpanTable } from '../lib/spans';
import { anchoredScrollLeft, barBox, type TimeScale } from '../lib/time-scale';

interface HorizontalViewOptions {
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  model: RowModel;
  spans: SpanTable;
  scale: TimeScale;
  labelWidth: number;
}

/**
 * The sideways scroll of the timeline: its position (for windowing the ticks), kept on the same
 * dates and rows when the scale changes, and a way to bring a focused bar into view.
 */
export function useHorizontalView({
  scrollRef,
  virtualizer,
  model,
  spans,
  scale,
  labelWidth,
}: HorizontalViewOptions) {
  const [scrollLeft, setScrollLeft] = useState(0);
  const previousScale = useRef(scale);
  useLayoutEffect(() => {
    const element = scrollRef.current;
    const previous = previousScale.current;
    previousScale.current = scale;
    if (!element || (previous.pxPerDay === scale.pxPerDay && previous.startDay === scale.startDay))
      return;
    const range = virtualizer.range;
    const onScreen = range ? spanOfRows(model, spans, range.startIndex, range.endIndex) : undefined;
    const trackWidth = element.clientWidth - labelWidth;
    element.scrollLeft = anchoredScrollLeft(
      previous,
      scale,
      element.scrollLeft,
      trackWidth,
      onScreen,
    );
    setScrollLeft(element.scrollLeft);
  }, [scrollRef, scale, labelWidth, virtualizer, model, spans]);

  const revealBar = useCallback(
    (project: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const box = barBox(spans.start[project]!, spans.end[project]!, scale);
      const visibleEnd = element.scrollLeft + element.clientWidth - labelWidth;
      if (box.left + box.width < element.scrollLeft + 8 || box.left > visibleEnd - 8) {
        element.scrollLeft = Math.max(0, box.left - 24);
      }
    },
    [scrollRef, spans, scale, labelWidth],
  );

  const onScroll = useCallback(
    () => setScrollLeft(scrollRef.current?.scrollLeft ?? 0),
    [scrollRef],
  );
  return { scrollLeft, onScroll, revealBar };
}
