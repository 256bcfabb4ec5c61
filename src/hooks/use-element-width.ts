import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The inner width of an element (without its scrollbar), kept up to date as it resizes, so an
 * SVG draws at its real size and its text is never scaled down on a narrow screen.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // jsdom and hidden elements report 0: keep the fallback so the layout stays usable.
    const read = () => setWidth(element.clientWidth || fallback);
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
