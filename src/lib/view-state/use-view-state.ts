import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Filters, SortKey } from '@/domain/filters';
import {
  screenSetting,
  type ScreenParam,
  type ScreenParams,
  type ScreenSetting,
} from '@/domain/screen-params';
import { useOptimisticUrlValue } from './use-optimistic-url-value';
import { parseViewParams, serializeViewParams } from '@/domain/url-state';

/** Parameters the view state does not own but must carry along (language, mock scenario). */
function carried(prev: URLSearchParams): [string, string][] {
  return [...prev.entries()].filter(([key]) => key === 'lang' || key.startsWith('mock'));
}

export interface NavigateOptions {
  /** Replace the history entry instead of adding one (typing in the search box). */
  replace?: boolean;
}

interface ViewChange {
  filters?: Filters;
  sort?: SortKey[];
  /** The screen settings to change; an undefined value removes one, the others are kept. */
  screen?: ScreenParams;
}

/**
 * Writes a change to the URL, keeping what it does not change: the filters, the sort and every
 * screen's settings (those of other screens too, so that moving between screens keeps them), the
 * language and the mock scenario.
 */
function useUpdateView() {
  const [, setParams] = useSearchParams();
  return useCallback(
    (change: ViewChange, options: NavigateOptions = {}) => {
      setParams(
        (prev) => {
          const current = parseViewParams(prev);
          const next = serializeViewParams({
            filters: change.filters ?? current.filters,
            sort: change.sort ?? current.sort,
            // Merged with the URL as it is at the time of the change, not as this render saw it,
            // so that two settings changed in one event both stick.
            screen: { ...current.screen, ...change.screen },
          });
          for (const [key, value] of carried(prev)) next.set(key, value);
          return next;
        },
        { replace: options.replace ?? false },
      );
    },
    [setParams],
  );
}

/**
 * The filters and sort held in the URL's query string, shared by every screen. Changing them
 * adds a history entry, so Back and Forward restore the previous view.
 */
export function useViewState() {
  const [params] = useSearchParams();
  const parsed = useMemo(() => parseViewParams(params), [params]);
  const update = useUpdateView();

  const setFilters = useCallback(
    (filters: Filters, options?: NavigateOptions) => update({ filters }, options),
    [update],
  );
  const setSort = useCallback((sort: SortKey[]) => update({ sort }, { replace: false }), [update]);

  return {
    filters: parsed.filters,
    sort: parsed.sort,
    problems: parsed.problems,
    setFilters,
    setSort,
  };
}

/**
 * One of the screen's own settings held in the URL (`group`, `zoom`, `rows`, `countries`,
 * `measure`, `highlight`, `stack`): its value, the screen's default when the URL does not set it
 * or sets it to something unknown, and a setter.
 *
 * Every setting, zoom included, adds a history entry: each is one deliberate pick in a select, a
 * radio group or a toggle button, never a stream of changes like typing or dragging, so Back
 * undoing the last pick is what the user expects, as it does for a filter. (Scrolling the zoomed
 * timeline is not a setting and stays out of the URL.)
 */
export function useScreenParam<P extends ScreenParam>(
  param: P,
): [ScreenSetting<P>, (value: ScreenSetting<P>) => void] {
  const [params] = useSearchParams();
  const screen = useMemo(() => parseViewParams(params).screen, [params]);
  const update = useUpdateView();
  const [shown, showNow] = useOptimisticUrlValue(screenSetting(screen, param));
  const set = (value: ScreenSetting<P>) => {
    showNow(value);
    update({ screen: { [param]: value } });
  };
  return [shown, set];
}
