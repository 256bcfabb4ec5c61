import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { useLocation } from 'react-router';
import type { Language } from '@/domain/codes/languages';
import { useLanguage } from '@/hooks/i18n';
import type { PortfolioHeld, PortfolioView, ViewPart } from '@/domain/engine/types';
import { filtersKey, sortKey, type Facet, type Filters, type SortKey } from '@/domain/filters';
import { engineSource, type Portfolio } from '@/lib/api/projects';
import { createEngineClient, type EngineClient, type ViewRequest } from '@/lib/engine-client';
import { useViewState, type FiltersUpdate, type NavigateOptions } from '@/hooks/use-view-state';
import { useEngineSessions } from './engine-sessions';
import { usePortfolioView } from './use-portfolio-view';

/**
 * What every screen works from: the portfolio, the engine's view and the filters and sort that
 * view answers. While a Worker computes a newer view, this stays as it is (the charts do not
 * re-render); the filter panel reads the requested filters (useRequestedView) and the
 * "Updating…" sign reads usePending, each its own subscription.
 */
export interface Explore {
  portfolio: Portfolio;
  view: PortfolioView;
  /** The filters of the view shown. */
  filters: Filters;
  /** The sort of the view shown. */
  sort: SortKey[];
  lang: Language;
  problems: { param: string; value: string }[];
  /** The portfolio's funders by key (IATI ref, else name), with the name each goes by. */
  funderNames: ReadonlyMap<string, string>;
  /** What the portfolio holds (each facet's values), from the engine: no screen walks the projects. */
  held: PortfolioHeld;
  setFilters: (filters: FiltersUpdate, options?: NavigateOptions) => void;
  /**
   * A filter control is pressed and its release will set the filters so: with a Worker, the view
   * is asked for now, while the button is held (EngineClient.askOnPress). Nothing else changes.
   */
  pressFilters: (filters: FiltersUpdate) => void;
  setSort: (sort: SortKey[]) => void;
  /** Sets a facet to exactly one value, or clears it when that is already the selection (chart clicks). */
  selectOnly: (facet: Facet, value: string) => void;
}

/** The filters and sort in the address: what the engine has been asked for. */
export interface ExploreRequest extends ViewRequest {
  sort: SortKey[];
}

const ExploreContext = createContext<Explore | null>(null);
const RequestContext = createContext<ExploreRequest | null>(null);
const PendingContext = createContext(false);
const AskedContext = createContext<AskedStore | null>(null);

/**
 * Whether a change of filters or sort was asked for and its address is not written yet. The
 * router writes the address in a transition that renders every screen anew, a while after the
 * click at 1M projects; the "Updating…" sign reads this too, so that with a Worker it is drawn in
 * the click's own task, before that render (a subscription of its own: nothing else re-renders).
 */
interface AskedStore {
  get: () => boolean;
  set: (asked: boolean) => void;
  subscribe: (listener: () => void) => () => void;
}

function createAskedStore(): AskedStore {
  let asked = false;
  const listeners = new Set<() => void>();
  return {
    get: () => asked,
    set(next) {
      if (next === asked) return;
      asked = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
const ClientContext = createContext<EngineClient | null>(null);

/**
 * A rehearsal of a filter click (app/layout/first-click-rehearsal.tsx): the explore screens
 * rendered with other filters and, in the same task, with the address's again, before the browser
 * paints — never shown, so that the person's first click does not run the screens' update code
 * cold. Only where the engine computes on this thread (each render computes its view at once).
 */
export interface Rehearsal {
  /** True in the rehearsal's own render (its view is never painted). */
  rehearsing: boolean;
  /** Renders the screens with these filters, then at once with the address's again. */
  rehearse: (filters: Filters) => void;
}

const RehearsalContext = createContext<Rehearsal>({ rehearsing: false, rehearse: () => {} });

/** `value` as first seen for as long as `key` stays the same. */
function useKeyed<T>(value: T, key: string): T {
  const [held, setHeld] = useState({ key, value });
  if (held.key === key) return held.value;
  setHeld({ key, value });
  return value;
}

/**
 * A function that keeps its identity and calls the latest `fn`: the router's setter changes with
 * every address, and a setter in the explore state would otherwise re-render every chart.
 */
function useSteady<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}

/** Runs `run` in a task of its own, after the current one (an input event's) has ended. */
function afterThisTask(run: () => void): void {
  setTimeout(run, 0);
}

const OVERVIEW_PARTS: readonly ViewPart[] = ['spending'];
const BUDGET_PARTS: readonly ViewPart[] = ['pivots'];
const NO_PARTS: readonly ViewPart[] = [];

/**
 * The optional parts of the view a screen shows (types.ts VIEW_PARTS): the overview's spending
 * per year, /budget's pivots; the others none. Each is most of a pass at a million projects.
 */
export function viewPartsFor(pathname: string): readonly ViewPart[] {
  const screen = pathname.replace(/\/+$/, '');
  if (screen === '') return OVERVIEW_PARTS;
  if (screen === '/budget') return BUDGET_PARTS;
  return NO_PARTS;
}

/**
 * The request in the address, keeping its identity while its canonical form does: a change of a
 * screen setting (zoom, group, rows) or of the order of a filter's values asks nothing new.
 */
function useExploreRequest(
  filters: Filters,
  sort: SortKey[],
  lang: Language,
  parts: readonly ViewPart[],
): ExploreRequest {
  const stableFilters = useKeyed(filters, filtersKey(filters));
  const stableSort = useKeyed(sort, sortKey(sort));
  return useMemo(
    () => ({ filters: stableFilters, sort: stableSort, lang, parts }),
    [stableFilters, stableSort, lang, parts],
  );
}

/**
 * Provides the explore state of a loaded portfolio to every explore screen and the filter panel,
 * from the portfolio's one engine session (kept by the app across screens).
 */
export function ExploreProvider({
  portfolio,
  children,
}: {
  portfolio: Portfolio;
  children: ReactNode;
}) {
  const lang = useLanguage();
  const view = useViewState();
  const { filters, sort, problems } = view;
  const client = useEngineSessions().clientFor(engineSource(portfolio), createEngineClient);
  const [asked] = useState(createAskedStore);
  // With a Worker, a change is pending from the moment it is asked for (see AskedStore); on this
  // thread the view is computed in the render that writes it, and nothing is pending: that render
  // runs whole in one task (flushSync) right after the click's, so the new view is drawn in the
  // next frame or the one after, instead of a transition sliced over several frames. Not in the
  // click's task itself: after a click Chromium lays the page out in that task, and the render
  // and that layout together would make one long task; the layout now falls in the frame.
  const writeFilters = useSteady((update: FiltersUpdate, options?: NavigateOptions) =>
    view.setFilters(update, options),
  );
  const writeSort = useSteady((next: SortKey[], options?: NavigateOptions) =>
    view.setSort(next, options),
  );
  const parts = viewPartsFor(useLocation().pathname);
  const [rehearsed, setRehearsed] = useState<Filters>();
  const request = useExploreRequest(rehearsed ?? filters, sort, lang, parts);
  // A rehearsal is undone in the commit that made it: an update from a layout effect is rendered
  // before the browser paints, so its view never reaches the screen. Its page is laid out first
  // (reading a size makes the browser do it now): the new figures' texts are then shaped and
  // measured once already, which the first click's frame otherwise does cold.
  useLayoutEffect(() => {
    if (!rehearsed) return;
    void document.documentElement.offsetHeight;
    setRehearsed(undefined);
  }, [rehearsed]);
  const rehearse = useSteady((next: Filters) => {
    if (client.computeNow) flushSync(() => setRehearsed(next));
  });
  const rehearsal = useMemo<Rehearsal>(
    () => ({ rehearsing: rehearsed !== undefined, rehearse }),
    [rehearsed, rehearse],
  );
  // With a Worker, the view a click asks for is asked of it at once, in the click's task: the
  // Worker computes it while the page writes the address and renders it, rather than after.
  const askAhead = useSteady((change: Partial<ViewRequest>) =>
    client.askAhead?.({ ...request, ...change }),
  );
  const setFilters = useSteady((update: FiltersUpdate, options?: NavigateOptions) => {
    if (!client.computeNow) {
      asked.set(true);
      askAhead({ filters: typeof update === 'function' ? update(request.filters) : update });
      writeFilters(update, options);
    } else afterThisTask(() => writeFilters(update, { flushSync: true, ...options }));
  });
  const pressFilters = useSteady((update: FiltersUpdate) => {
    if (client.computeNow) return;
    const filters = typeof update === 'function' ? update(request.filters) : update;
    client.askOnPress?.({ ...request, filters });
  });
  const setSort = useSteady((next: SortKey[]) => {
    if (!client.computeNow) {
      asked.set(true);
      askAhead({ sort: next });
      writeSort(next);
    } else afterThisTask(() => writeSort(next, { flushSync: true }));
  });
  // The address is written (or was changed from outside): the view's own pending state follows.
  useLayoutEffect(() => asked.set(false), [asked, filters, sort]);
  const shownProblems = useKeyed(problems, JSON.stringify(problems));
  const { shown, pending } = usePortfolioView(client, request);
  const names = useMemo(() => new Map(shown.held.funders), [shown.held]);
  const selectOnly = useCallback(
    (facet: Facet, raw: string) =>
      setFilters((current) => {
        const selected = current[facet].map(String);
        const only = selected.length === 1 && selected[0] === raw;
        const values = only ? [] : facet === 'year' ? [Number(raw)] : [raw];
        return { ...current, [facet]: values } as Filters;
      }),
    [setFilters],
  );
  const value = useMemo<Explore>(
    () => ({
      portfolio,
      view: shown.view,
      filters: shown.request.filters,
      sort: [...shown.request.sort],
      lang,
      problems: shownProblems,
      funderNames: names,
      held: shown.held,
      setFilters,
      pressFilters,
      setSort,
      selectOnly,
    }),
    [portfolio, shown, lang, shownProblems, names, setFilters, pressFilters, setSort, selectOnly],
  );
  return (
    <ClientContext.Provider value={client}>
      <ExploreContext.Provider value={value}>
        <RequestContext.Provider value={request}>
          <AskedContext.Provider value={asked}>
            <PendingContext.Provider value={pending}>
              <RehearsalContext.Provider value={rehearsal}>{children}</RehearsalContext.Provider>
            </PendingContext.Provider>
          </AskedContext.Provider>
        </RequestContext.Provider>
      </ExploreContext.Provider>
    </ClientContext.Provider>
  );
}

/** The explore state; only inside an ExploreProvider. */
export function useExplore(): Explore {
  const value = useContext(ExploreContext);
  if (!value) throw new Error('useExplore() is used outside an ExploreProvider');
  return value;
}

/** The filters and sort asked for, ahead of the view while a Worker computes it. */
export function useRequestedView(): ExploreRequest {
  const value = useContext(RequestContext);
  if (!value) throw new Error('useRequestedView() is used outside an ExploreProvider');
  return value;
}

const NEVER_ASKED: AskedStore = createAskedStore();

/**
 * True while a newer view is being computed (the view shown is the previous one), from the
 * moment a change of filters or sort is asked for when a Worker computes the views.
 */
export function usePending(): boolean {
  const computing = useContext(PendingContext);
  const asked = useContext(AskedContext) ?? NEVER_ASKED;
  const askedNow = useSyncExternalStore(asked.subscribe, asked.get, asked.get);
  return computing || askedNow;
}

/** The portfolio's engine session (rows by index, the export); only inside an ExploreProvider. */
export function useEngineClient(): EngineClient {
  const value = useContext(ClientContext);
  if (!value) throw new Error('useEngineClient() is used outside an ExploreProvider');
  return value;
}

/** The rehearsal of a filter click (see Rehearsal); a no-op outside an ExploreProvider. */
export function useRehearsal(): Rehearsal {
  return useContext(RehearsalContext);
}

/**
 * A live region's text as last drawn outside a rehearsal: a rehearsal changes the figures around
 * it, never what a screen reader would read out.
 */
export function useLiveText(text: string): string {
  const { rehearsing } = useRehearsal();
  const [kept, setKept] = useState(text);
  if (!rehearsing && kept !== text) setKept(text);
  return rehearsing ? kept : text;
}
