import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** Where a scroll box is scrolled to along one axis, and how much of it shows along that axis. */
export interface ScrollBox {
  offset: number;
  size: number;
}

/**
 * A scroll box's offset and size along one axis (`y`: scrollTop and clientHeight, `x`: scrollLeft
 * and clientWidth), read once it is drawn and again on each scroll and resize. It stays the same
 * object while they are unchanged, so a scroll along the other axis renders nothing again.
 * `initialSize` is the size until the box is read; `sizeWhenZero`, when given, stands for a size
 * the box reports as 0 (hidden, or a DOM without layout such as jsdom's). With the figures comes
 * `read`, which reads them again at once (after the box was scrolled from code, for example).
 */
export function useScrollBox(
  scrollRef: RefObject<HTMLElement | null>,
  axis: 'x' | 'y',
  initialSize: number,
  sizeWhenZero?: number,
): [ScrollBox, () => void] {
  const [box, setBox] = useState<ScrollBox>({ offset: 0, size: initialSize });

  const read = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    setBox((current) => {
      const offset = axis === 'x' ? element.scrollLeft : element.scrollTop;
      const size = (axis === 'x' ? element.clientWidth : element.clientHeight) || sizeWhenZero || 0;
      return current.offset === offset && current.size === size ? current : { offset, size };
    });
  }, [scrollRef, axis, sizeWhenZero]);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    read();
    element.addEventListener('scroll', read, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(read);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', read);
      observer?.disconnect();
    };
  }, [scrollRef, read]);

  return [box, read];
}
