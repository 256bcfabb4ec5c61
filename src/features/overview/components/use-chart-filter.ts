import { useCallback } from 'react';
import type { Facet } from '@/domain/filters';

/** Sets a facet to exactly one value, or clears it when that is already the selection. */
export type SelectOnly = (facet: Facet, value: string) => void;

/**
 * What a chart of one facet needs to filter: select a value (or clear it), and whether it is the
 * selection. From the card's props, so that the card reads no shared state of its own.
 */
export function useChartFilter(
  facet: Facet,
  selected: readonly (string | number)[],
  selectOnly: SelectOnly,
): {
  select: (key: string) => void;
  isActive: (key: string) => boolean;
} {
  const select = useCallback((key: string) => selectOnly(facet, key), [facet, selectOnly]);
  const isActive = useCallback(
    (key: string) => selected.length === 1 && String(selected[0]) === key,
    [selected],
  );
  return { select, isActive };
}
