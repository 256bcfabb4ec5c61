import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Filters, SortKey } from '@/domain/filters';
import { parseViewParams, serializeViewParams } from '@/domain/url-state';

/** Parameters the view state does not own but must carry along (language, mock scenario). */
function carried(prev: URLSearchParams): [string, string][] {
  return [...prev.entries()].filter(([key]) => key === 'lang' || key.startsWith('mock'));
}

export interface NavigateOptions {
  /** Replace the history entry instead of adding one (typing in the search box). */
  replace?: boolean;
}

/**
 * The filters and sort held in the URL's query string, shared by every screen. Changing them
 * adds a history entry, so Back and Forward restore the previous view.
 */
export function useViewState() {
  const [params, setParams] = useSearchParams();
  const parsed = useMemo(() => parseViewParams(params), [params]);

  const update = useCallback(
    (change: { filters?: Filters; sort?: SortKey[] }, options: NavigateOptions = {}) => {
      setParams(
        (prev) => {
          const current = parseViewParams(prev);
          const next = serializeViewParams({
            filters: change.filters ?? current.filters,
            sort: change.sort ?? current.sort,
          });
          for (const [key, value] of carried(prev)) next.set(key, value);
          return next;
        },
        { replace: options.replace ?? false },
      );
    },
    [setParams],
  );

  const setFilters = useCallback((filters: Filters, options?: NavigateOptions) => update({ filters }, options), [update]);
  const setSort = useCallback((sort: SortKey[]) => update({ sort }, { replace: false }), [update]);

  return { filters: parsed.filters, sort: parsed.sort, problems: parsed.problems, setFilters, setSort };
}
