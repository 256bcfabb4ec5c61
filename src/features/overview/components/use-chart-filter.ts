import { useCallback } from 'react';
import type { Facet } from '@/domain/filters';
import { useExplore } from '@/hooks/portfolio/explore-context';

/** What a chart of one facet needs to filter: select a value (or clear it), and whether it is the selection. */
export function useChartFilter(facet: Facet): {
  select: (key: string) => void;
  isActive: (key: string) => boolean;
} {
  const { filters, selectOnly } = useExplore();
  const selected = filters[facet];
  const select = useCallback((key: string) => selectOnly(facet, key), [facet, selectOnly]);
  const isActive = useCallback(
    (key: string) => selected.length === 1 && String(selected[0]) === key,
    [selected],
  );
  return { select, isActive };
}
