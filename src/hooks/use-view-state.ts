import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Filters, SortKey } from '@/domain/filters';
import {
  screenSetting,
  type ScreenParam,
  type ScreenParams,
  type ScreenSetting,
} from '@/domain/screen-params';
import { useOptimisticUrlValue } from './use-optimistic-url-value';
import { parseViewParams, parseViewQuery, serializeViewParams } from '@/domain/url-state';
import { RESERVED_PARAMS } from '@/lib/mock-settings';

/** Parameters the view state does not own but must carry along (language, the demo's mock scenario). */
function carried(prev: URLSearchParams): [string, string][] {
  return [...prev.entries()].filter(([key]) => key === 'lang' || RESERVED_PARAMS.has(key));
}

export interface NavigateOptions {
  /** Replace the history entry instead of adding one (typing in the search box). */
  replace?: boolean;
  /**
   * Render the change in the event's own task (the router's flushSync), not in a transition the
   * browser may slice across several frames: the explore state asks for it when the engine
   * answers on this thread, so the whole update is drawn in the next frame.
   */
  flushSync?: boolean;
}

/** New filters, or a function of the filters as they are when the change is written. */
export type FiltersUpdate = Filters | ((current: Filters) => Filters);

interface ViewChange {
  filters?: FiltersUpdate;
  sort?: SortKey[];
  /** The screen settings to change; an undefined value removes one, the others are kept. */
  screen?: ScreenParams;
}

/**
 * The last query this app wrote and the queries it replaced. The router hands an updater the
 * query of the last render, which is stale when two changes come within one frame (two quick
 * clicks); an updater that gets a replaced query starts from the one written instead.
 */
let written: { query: string; replaced: Set<string> } | undefined;

function latestQuery(rendered: URLSearchParams): URLSearchParams {
  const query = rendered.toString();
  if (written?.replaced.has(query)) return new URLSearchParams(written.query);
  return rendered;
}

/** Notes a write: `rendered` and `base` (the query it started from) are now both out of date. */
function remember(rendered: URLSearchParams, base: URLSearchParams, next: URLSearchParams): void {
  const stale = written?.replaced.has(rendered.toString()) ? written.replaced : new Set<string>();
  stale.add(rendered.toString());
  stale.add(base.toString());
  stale.delete(next.toString());
  written = { query: next.toString(), replaced: stale };
}

/**
 * Writes a change to the URL, keeping what it does not change: the filters, the sort and every
 * screen's settings (those of other screens too, so that moving between screens keeps them), the
 * language and the mock scenario. Every change applies to the latest query, so changes made in
 * quick succession compose rather than overwrite one another.
 */
function useUpdateView() {
  const [params, setParams] = useSearchParams();
  // Once the written query has arrived, the router's own is the latest again (Back included).
  useEffect(() => {
    if (written?.query === params.toString()) written = undefined;
  }, [params]);
  return useCallback(
    (change: ViewChange, options: NavigateOptions = {}) => {
      setParams(
        (rendered) => {
          const prev = latestQuery(rendered);
          const current = parseViewParams(prev, RESERVED_PARAMS);
          const filters =
            typeof change.filters === 'function'
              ? change.filters(current.filters)
              : (change.filters ?? current.filters);
          const next = serializeViewParams({
            filters,
            sort: change.sort ?? current.sort,
            // Merged with the URL as it is at the time of the change, not as this render saw it,
            // so that two settings changed in one event both stick.
            screen: { ...current.screen, ...change.screen },
          });
          for (const [key, value] of carried(prev)) next.set(key, value);
          remember(rendered, prev, next);
          return next;
        },
        { replace: options.replace ?? false, flushSync: options.flushSync ?? false },
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
  const parsed = useMemo(() => parseViewQuery(params.toString(), RESERVED_PARAMS), [params]);
  const update = useUpdateView();

  const setFilters = useCallback(
    (filters: FiltersUpdate, options?: NavigateOptions) => update({ filters }, options),
    [update],
  );
  const setSort = useCallback(
    (sort: SortKey[], options?: NavigateOptions) =>
      update({ sort }, { replace: false, ...options }),
    [update],
  );

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
 * timeline moves its window, `at`, which replaces the entry instead.)
 */
export function useScreenParam<P extends ScreenParam>(
  param: P,
): [ScreenSetting<P>, (value: ScreenSetting<P>, options?: NavigateOptions) => void] {
  const [params] = useSearchParams();
  const screen = useMemo(() => parseViewQuery(params.toString(), RESERVED_PARAMS).screen, [params]);
  const update = useUpdateView();
  const [shown, showNow] = useOptimisticUrlValue(screenSetting(screen, param));
  const set = (value: ScreenSetting<P>, options?: NavigateOptions) => {
    showNow(value);
    update({ screen: { [param]: value } }, options);
  };
  return [shown, set];
}
