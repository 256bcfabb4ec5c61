import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useActiveTooltipDataPoints, useIsTooltipActive } from 'recharts';

/**
 * Rendered inside a Recharts chart: keeps the key of the datum the tooltip is on — moved there by
 * the mouse or by the arrow keys of Recharts' accessibility layer — so that Enter can act on it.
 */
export function ActiveDatumProbe<T>({
  onActive,
  keyOf,
}: {
  onActive: (key: string | undefined) => void;
  keyOf: (datum: T) => string;
}) {
  const points = useActiveTooltipDataPoints<T>();
  const active = useIsTooltipActive();
  const first = points?.[0];
  useEffect(() => {
    onActive(active && first !== undefined ? keyOf(first) : undefined);
  });
  return null;
}

/**
 * Enter (or Space) on a focused chart applies the filter of the bar its tooltip is on: the
 * keyboard twin of clicking a bar. The key events come from the chart's focusable surface and
 * are heard on the element `container` is attached to.
 */
export function useEnterToSelect(onSelect: (key: string) => void): {
  setActiveKey: (key: string | undefined) => void;
  container: RefObject<HTMLDivElement | null>;
} {
  const activeKey = useRef<string | undefined>(undefined);
  const container = useRef<HTMLDivElement | null>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  });
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const key = activeKey.current;
      if (key === undefined) return;
      event.preventDefault();
      select.current(key);
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, []);
  const setActiveKey = useCallback((key: string | undefined) => {
    activeKey.current = key;
  }, []);
  return { setActiveKey, container };
}
