import type { Language } from '@/domain/codes/languages';
import { buildColumns, type Columns } from '@/domain/engine/columns';
import { engineOnColumns, type Engine } from '@/domain/engine/engine';
import {
  createTimelineProjection,
  viewKey,
  type TimelineQuery,
  type TimelineWindow,
} from '@/domain/engine/timeline';
import {
  VIEW_PARTS,
  type PortfolioHeld,
  type PortfolioView,
  type ViewPart,
} from '@/domain/engine/types';
import type { Filters, SortKey } from '@/domain/filters';
import type { ProjectSummary } from '@/domain/project';
import {
  defaultEngineWorker,
  WORKER_THRESHOLD,
  type EngineWorker,
  type PreparedWorker,
  type WorkerHeld,
} from './engine-feed';
import { exportCsv, type CsvExportSettings } from './engine-worker';
import { createWorkerClient, WorkerFailed } from './worker-client';

export { WORKER_THRESHOLD, type CsvExportSettings, type EngineWorker, type WorkerHeld };

/**
 * What an engine session works on: the projects, held on this thread, or a portfolio only the
 * engine's Worker holds (loaded page by page into it, above the Worker threshold).
 */
export type EngineSource = readonly ProjectSummary[] | WorkerHeld;

const isWorkerHeld = (source: EngineSource): source is WorkerHeld => !Array.isArray(source);

/** A view's CSV export: the file and how many rows it holds. */
export interface CsvExport {
  blob: Blob;
  rows: number;
}

/** A filter state the engine is asked for. */
export interface ViewRequest {
  filters: Filters;
  sort: readonly SortKey[];
  lang: Language;
  /**
   * The optional parts of the view the screen shows (types.ts VIEW_PARTS); every one when left
   * out. A view holding more parts answers a request for fewer.
   */
  parts?: readonly ViewPart[];
}

/** The optional parts a request names, in VIEW_PARTS order. */
export function partsOf(request: Pick<ViewRequest, 'parts'>): ViewPart[] {
  const { parts } = request;
  return parts ? VIEW_PARTS.filter((part) => parts.includes(part)) : [...VIEW_PARTS];
}

/** True when `view` holds every part `request` names: it answers the request. */
export function holdsParts(view: PortfolioView, request: Pick<ViewRequest, 'parts'>): boolean {
  return partsOf(request).every((part) => view.parts.includes(part));
}

/** A view, the request it answers and what the portfolio holds. */
export interface ComputedView {
  view: PortfolioView;
  request: ViewRequest;
  held: PortfolioHeld;
}

/**
 * The engine session of one portfolio, for every screen: on this thread below WORKER_THRESHOLD
 * (where `computeNow` answers at once, in the render), in a Worker above it. The latest request
 * wins: a burst of requests in one task is one request, each is sent to the Worker at once, and
 * the Worker computes only the newest of those waiting there (the older ones are superseded);
 * every promise still pending resolves with the newest view and its request (never a stale one).
 */
export interface EngineClient {
  /** The view at once; only when the engine runs on this thread (undefined with a Worker). */
  readonly computeNow: ((request: ViewRequest) => PortfolioView) | undefined;
  /** What the portfolio holds, at once on this thread (undefined with a Worker). */
  readonly heldNow: (() => PortfolioHeld) | undefined;
  compute(request: ViewRequest): Promise<ComputedView>;
  /**
   * A recent view that answers the request, at once (a return to a recent filter state: no
   * round trip to the Worker); undefined when none is kept. (Optional: a stand-in may lack it.)
   */
  recentNow?(request: ViewRequest): ComputedView | undefined;
  /**
   * Starts computing a view the screen is about to ask for (a click's filters, before the address
   * that asks for them is written and rendered), so that the Worker computes while the page
   * renders the click. The answer joins the recent views; `compute` of an equal request meanwhile
   * waits for it instead of asking again. Does nothing on this thread. (Optional, as recentNow.)
   */
  askAhead?(request: ViewRequest): void;
  /**
   * askAhead for a press on a filter control, before its release makes it a click (15–100 ms
   * later), so that the Worker computes meanwhile. Only when no view is being computed: a press
   * no click follows then holds nothing back, and its answer only joins the recent views.
   * (Optional, as recentNow.)
   */
  askOnPress?(request: ViewRequest): void;
  /** A window of the timeline's rows for a view, at once on this thread (undefined with a Worker). */
  readonly timelineNow:
    ((request: ViewRequest, query: TimelineQuery) => TimelineWindow) | undefined;
  /** A window of the timeline's rows for a view, computed where the engine runs. */
  timeline(request: ViewRequest, query: TimelineQuery): Promise<TimelineWindow>;
  /** The portfolio's projects when this thread holds them (undefined with a Worker). */
  readonly projectsHere: readonly ProjectSummary[] | undefined;
  /** The projects at these portfolio indices (a table's visible rows), from where they are held. */
  projects(indices: Uint32Array): Promise<ProjectSummary[]>;
  /**
   * A project the Worker sent with a view (those of its first HEAD_ROWS rows, the top of a new
   * list), at once; undefined when not sent. (Optional, as recentNow.)
   */
  knownProject?(index: number): ProjectSummary | undefined;
  /** The CSV file of a view's rows in its order, written where the portfolio is held. */
  exportCsv(request: ViewRequest, settings: CsvExportSettings): Promise<CsvExport>;
  /** True while computing in a Worker (false after falling back to this thread). */
  readonly inWorker: boolean;
  dispose(): void;
}

export interface EngineClientOptions {
  /** Compute in a Worker; by default when the portfolio reaches WORKER_THRESHOLD. */
  useWorker?: boolean;
  /** Makes the worker; defaults to the engine's module worker. */
  createWorker?: () => EngineWorker;
}

type Compute = (
  request: ViewRequest,
) => Promise<{ view: PortfolioView; held?: PortfolioHeld; head?: ProjectSummary[] }>;

/**
 * A view from the Worker comes with the projects of its first rows: a new list is drawn from the
 * top, so its first rows need no second round trip (rows on screen and a page below: see
 * use-projects-at's pageSpan).
 */
export const HEAD_ROWS = 128;
/** Projects sent with views kept on this thread, before the oldest views' are dropped. */
const KEPT_HEAD_PROJECTS = 4 * HEAD_ROWS;

/** The canonical form of a request: equal requests are one computation. */
export function requestKey(request: ViewRequest): string {
  const { filters, sort, lang } = request;
  return `${viewKey(filters, sort, lang)}|${partsOf(request).join(',')}`;
}
/** A request's filters, sort and language, whatever parts it names. */
const filterKey = ({ filters, sort, lang }: ViewRequest) => viewKey(filters, sort, lang);
/** True when the computed view answers `request`: the same filter state, with every part it names. */
function answersRequest(computed: ComputedView, request: ViewRequest): boolean {
  return filterKey(computed.request) === filterKey(request) && holdsParts(computed.view, request);
}

type Settler = {
  request: ViewRequest;
  resolve: (view: ComputedView) => void;
  reject: (error: Error) => void;
};

/**
 * Views kept on this thread for their filter states, so that returning to one asks the Worker
 * nothing. Each holds its rows (4 bytes per matching project: 4 MB with nothing filtered at 1M).
 */
const KEPT_RECENT = 4;
/** Projects per load message: each message is cloned in one task on the sending thread. */
const LOAD_CHUNK = 20_000;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The engine on this thread, built on first use. It is imported statically: below the Worker
 * threshold the first view is computed in the first render, with no chunk to wait for (this
 * module is itself part of the explore screens' lazy chunk).
 */
function inThread(projects: readonly ProjectSummary[]) {
  let cols: Columns | undefined;
  const columns = () => (cols ??= buildColumns(projects));
  let engine: Engine | undefined;
  const ready = () => (engine ??= engineOnColumns(projects, columns()));
  let projection: ReturnType<typeof createTimelineProjection> | undefined;
  return {
    compute: (request: ViewRequest) =>
      ready().compute(request.filters, request.sort, request.lang, partsOf(request)),
    held: () => ready().held(),
    timeline: (request: ViewRequest, view: PortfolioView, query: TimelineQuery) =>
      (projection ??= createTimelineProjection(projects, columns())).window(
        { key: viewKey(request.filters, request.sort, request.lang), view },
        request.sort.length === 0,
        request.lang,
        query,
      ),
  };
}

/** A request replaced by a newer one before it was sent: nothing was computed for it. */
export class Superseded extends Error {
  constructor() {
    super('A newer request replaced this one');
  }
}

/**
 * At most one call of `ask` at a time; a call made meanwhile waits, and a newer one replaces it
 * (the replaced call rejects with Superseded and is never made), so that the Worker computes no
 * filter state the screen has already left.
 */
export function latestOnly<A extends unknown[], T>(
  ask: (...args: A) => Promise<T>,
): (...args: A) => Promise<T> {
  let running = false;
  let waiting:
    { args: A; resolve: (value: T) => void; reject: (error: unknown) => void } | undefined;
  const run = (args: A, resolve: (value: T) => void, reject: (error: unknown) => void) => {
    running = true;
    ask(...args)
      .then(resolve, reject)
      .finally(() => {
        running = false;
        const next = waiting;
        waiting = undefined;
        if (next) run(next.args, next.resolve, next.reject);
      });
  };
  return (...args) =>
    new Promise<T>((resolve, reject) => {
      if (!running) return run(args, resolve, reject);
      waiting?.reject(new Superseded());
      waiting = { args, resolve, reject };
    });
}

interface InWorker {
  compute: Compute;
  timeline: (request: ViewRequest, query: TimelineQuery) => Promise<TimelineWindow>;
  projects: (indices: Uint32Array) => Promise<ProjectSummary[]>;
  exportCsv: (request: ViewRequest, settings: CsvExportSettings) => Promise<CsvExport>;
  terminate: () => void;
}

/**
 * Sends the portfolio to the worker once, in chunks, then asks it for views — or, when the
 * worker was fed the portfolio's pages as they downloaded (`prepared`), only asks.
 */
function inWorker(
  create: () => EngineWorker,
  projects: readonly ProjectSummary[],
  prepared: PreparedWorker | undefined,
): InWorker {
  const worker = prepared?.worker ?? createWorkerClient(create);
  const loaded =
    prepared?.loaded ??
    (async () => {
      for (let start = 0; start === 0 || start < projects.length; start += LOAD_CHUNK) {
        const done = start + LOAD_CHUNK >= projects.length;
        worker.post({ kind: 'load', projects: projects.slice(start, start + LOAD_CHUNK), done });
        if (!done) await nextTask();
      }
    })();
  const compute: Compute = async (request) => {
    const { filters, sort, lang } = request;
    await loaded;
    return worker.request<{ view: PortfolioView; held?: PortfolioHeld; head?: ProjectSummary[] }>(
      (id) => ({
        kind: 'compute',
        id,
        filters,
        sort: [...sort],
        lang,
        parts: partsOf(request),
        head: HEAD_ROWS,
      }),
      (answer, resolve, reject) => {
        if (answer.kind === 'view') resolve(answer);
        else if (answer.kind === 'superseded') reject(new Superseded());
        else reject(new Error(answer.kind === 'error' ? answer.message : 'Unexpected answer'));
      },
    );
  };
  const askTimeline = async ({ filters, sort, lang }: ViewRequest, query: TimelineQuery) => {
    await loaded;
    return worker.request<TimelineWindow>(
      (id) => ({ kind: 'timeline', id, filters, sort: [...sort], lang, query }),
      (answer, resolve, reject) => {
        if (answer.kind === 'timeline') resolve(answer.window);
        else reject(new Error(answer.kind === 'error' ? answer.message : 'Unexpected answer'));
      },
    );
  };
  const timeline = latestOnly(askTimeline);
  const projectsAt = async (indices: Uint32Array) => {
    await loaded;
    return worker.request<ProjectSummary[]>(
      (id) => ({ kind: 'projects', id, indices }),
      (answer, resolve, reject) => {
        if (answer.kind === 'projects') resolve(answer.projects);
        else reject(new Error(answer.kind === 'error' ? answer.message : 'Unexpected answer'));
      },
    );
  };
  const exportCsvThere = async (
    { filters, sort, lang }: ViewRequest,
    settings: CsvExportSettings,
  ) => {
    await loaded;
    return worker.request<CsvExport>(
      (id) => ({ kind: 'export', id, filters, sort: [...sort], lang, settings }),
      (answer, resolve, reject) => {
        if (answer.kind === 'csv') resolve({ blob: answer.blob, rows: answer.rows });
        else reject(new Error(answer.kind === 'error' ? answer.message : 'Unexpected answer'));
      },
    );
  };
  return {
    compute,
    timeline,
    projects: projectsAt,
    exportCsv: exportCsvThere,
    terminate: () => worker.terminate(),
  };
}

/** A session on a Worker that is gone: every request fails (the portfolio must be loaded again). */
function gone(): InWorker {
  const fail = () => Promise.reject(new Error('The engine’s Worker holding this portfolio ended'));
  return { compute: fail, timeline: fail, projects: fail, exportCsv: fail, terminate: () => {} };
}

/**
 * A session computing in a Worker when asked (or large enough) and possible, here otherwise; a
 * portfolio only the Worker holds is always computed there.
 */
export function createEngineClient(
  source: EngineSource,
  options: EngineClientOptions = {},
): EngineClient {
  const heldThere = isWorkerHeld(source) ? source : undefined;
  const projects: readonly ProjectSummary[] = heldThere
    ? []
    : (source as readonly ProjectSummary[]);
  const wantsWorker =
    heldThere !== undefined || (options.useWorker ?? projects.length >= WORKER_THRESHOLD);
  const canUseWorker = options.createWorker !== undefined || typeof Worker !== 'undefined';
  const thread = inThread(projects);
  // The views computed last (KEPT_RECENT filter states, newest last), given again for an equal
  // request or one naming fewer parts (a box unticked again, a screen mounted anew, a return from a
  // project page): neither recomputed nor, in a Worker, asked again: no round trip.
  const recent = new Map<string, ComputedView>();
  const remember = (computed: ComputedView): ComputedView => {
    const key = filterKey(computed.request);
    recent.delete(key); // re-inserted: the Map's order is the recency order
    recent.set(key, computed);
    if (recent.size > KEPT_RECENT) recent.delete(recent.keys().next().value!);
    return computed;
  };
  /** The recent view that answers a request, if any. */
  const recentFor = (request: ViewRequest): ComputedView | undefined => {
    const found = recent.get(filterKey(request));
    return found && holdsParts(found.view, request) ? found : undefined;
  };
  const here = (request: ViewRequest): PortfolioView => {
    const found = recentFor(request);
    if (found) return found.view;
    return remember({ view: thread.compute(request), request, held: thread.held() }).view;
  };
  // The Worker the loader fed with the portfolio's pages, when only it holds the portfolio.
  const prepared = heldThere?.take();
  let worker = heldThere
    ? prepared
      ? inWorker(defaultEngineWorker, projects, prepared)
      : gone()
    : wantsWorker && canUseWorker
      ? inWorker(options.createWorker ?? defaultEngineWorker, projects, undefined)
      : undefined;
  const computeNow = worker ? undefined : here;
  // A timeline window or an export needs a view's rows, none of its optional parts.
  const rowsView = (request: ViewRequest) => here({ ...request, parts: [] });
  const timelineHere = (request: ViewRequest, query: TimelineQuery): TimelineWindow =>
    thread.timeline(request, rowsView(request), query);
  const heldNow = worker ? undefined : thread.held;
  const projectsHere = (indices: ArrayLike<number>): ProjectSummary[] =>
    Array.from(indices, (i) => {
      const project = projects[i];
      if (!project) throw new RangeError(`No project at index ${i}`);
      return project;
    });
  const exportHere = (request: ViewRequest, settings: CsvExportSettings): CsvExport => {
    const { rows } = rowsView(request);
    return { blob: exportCsv(projects, rows, request.lang, settings), rows: rows.length };
  };
  // Asks the Worker, or this thread once the Worker has failed.
  const there = async <T>(ask: (w: InWorker) => Promise<T>, fallback: () => T): Promise<T> => {
    if (disposed) throw new Error('The engine client was disposed');
    if (worker) {
      try {
        return await ask(worker);
      } catch (error) {
        // Only a portfolio this thread holds can be computed here instead.
        if (!(error instanceof WorkerFailed) || heldThere) throw error;
      }
    }
    return fallback();
  };
  // What the portfolio holds: the Worker sends it with its first view.
  let held: PortfolioHeld | undefined;
  // The projects the Worker sent with its views, by portfolio index.
  let headProjects = new Map<number, ProjectSummary>();
  const keepHead = (rows: Uint32Array, head: readonly ProjectSummary[]) => {
    if (headProjects.size + head.length > KEPT_HEAD_PROJECTS) headProjects = new Map();
    head.forEach((project, k) => headProjects.set(rows[k]!, project));
  };

  let latest: ViewRequest | undefined;
  let collecting = false;
  let disposed = false;
  let settlers: Settler[] = [];
  // Views asked for so far: only the newest one's answer settles the callers.
  let asked = 0;
  // The canonical form of the request asked last, until its answer settles the callers.
  let askedKey: string | undefined;

  const settle = (outcome: ComputedView | { error: Error }) => {
    const done = settlers;
    settlers = [];
    askedKey = undefined;
    for (const s of done) {
      if ('error' in outcome) s.reject(outcome.error);
      // A caller whose request the view answers gets it with its own request (a view asked
      // ahead answers the request the render makes of the same filter state).
      else if (s.request !== outcome.request && answersRequest(outcome, s.request))
        s.resolve({ ...outcome, request: s.request });
      else s.resolve(outcome);
    }
  };

  const computed = async (request: ViewRequest): Promise<ComputedView> => {
    if (worker) {
      try {
        const answer = await worker.compute(request);
        held = answer.held ?? held;
        if (answer.head) keepHead(answer.view.rows, answer.head);
        return { view: answer.view, request, held: held ?? thread.held() };
      } catch (error) {
        if (!(error instanceof WorkerFailed) || heldThere) throw error;
        worker = undefined; // computed on this thread instead
      }
    }
    const view = here(request);
    return { ...recentFor(request)!, view, request };
  };

  // Asked at once, not after the previous answer: a Worker still busy with an older view
  // computes only the newest of those that wait (the older ones are superseded there).
  const ask = (request: ViewRequest) => {
    const seq = ++asked;
    askedKey = requestKey(request);
    computed(request).then(
      (outcome) => {
        if (seq === asked) settle(remember(outcome));
      },
      (error: unknown) => {
        if (seq === asked)
          settle({ error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
  };

  return {
    computeNow,
    heldNow,
    timelineNow: worker ? undefined : timelineHere,
    timeline: (request, query) =>
      there(
        (w) => w.timeline(request, query),
        () => timelineHere(request, query),
      ),
    projectsHere: worker ? undefined : projects,
    projects: (indices) =>
      there(
        (w) => w.projects(indices),
        () => projectsHere(indices),
      ),
    exportCsv: (request, settings) =>
      there(
        (w) => w.exportCsv(request, settings),
        () => exportHere(request, settings),
      ),
    knownProject: (index) => headProjects.get(index),
    recentNow(request) {
      if (disposed) return undefined;
      const found = recentFor(request);
      return found && remember(found);
    },
    askAhead(request) {
      if (disposed || !worker || recentFor(request)) return;
      // Its promise settles with whatever is asked last; only its answer kept in `recent` counts.
      this.compute(request).catch(() => undefined);
    },
    askOnPress(request) {
      if (settlers.length === 0) this.askAhead?.(request);
    },
    compute(request) {
      if (disposed) return Promise.reject(new Error('The engine client was disposed'));
      const found = settlers.length === 0 ? recentFor(request) : undefined;
      if (found) return Promise.resolve({ ...remember(found), request });
      const promise = new Promise<ComputedView>((resolve, reject) =>
        settlers.push({ request, resolve, reject }),
      );
      // The same view is being computed already (asked ahead): its answer settles this one too.
      if (latest === undefined && askedKey === requestKey(request)) return promise;
      latest = request;
      if (!collecting) {
        collecting = true;
        // Let a burst of calls in one task collapse into its last request.
        queueMicrotask(() => {
          collecting = false;
          const newest = latest;
          latest = undefined;
          if (newest && !disposed) ask(newest);
        });
      }
      return promise;
    },
    get inWorker() {
      return worker !== undefined;
    },
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = undefined;
      latest = undefined;
      asked++;
      settle({ error: new Error('The engine client was disposed') });
    },
  };
}
