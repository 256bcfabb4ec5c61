import { useEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element, following resizes; `fallback` until it is measured (and
 * where ResizeObserver does not exist, as in jsdom). Lets an SVG draw at its real size so its
 * text is never scaled down on a narrow screen.
 */
export function useElementWidth<E extends HTMLElement>(fallback: number) {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
