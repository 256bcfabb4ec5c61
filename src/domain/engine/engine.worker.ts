import type { Language } from '../codes/languages';
import type { Filters, SortKey } from '../filters';
import type { ParseOptions, RejectedRecord } from '../parse-record';
import type { ProjectsByIndex, ProjectSummary } from '../project';
import { createPageIngest, type PageIngest } from '../project-pages';
import {
  buildColumns,
  createColumnsBuilder,
  keptProject,
  wholeProject,
  type Columns,
  type KeptProject,
} from './columns';
import { engineOnColumns, type Engine } from './engine';
import {
  createTimelineProjection,
  viewKey,
  type TimelineProjection,
  type TimelineQuery,
  type TimelineWindow,
} from './timeline';
import { VIEW_PARTS, type PortfolioHeld, type PortfolioView, type ViewPart } from './types';

/**
 * The engine in a Web Worker, so that computing views of a large portfolio never blocks the
 * page. The portfolio arrives once, either as the API's pages — their bytes transferred as they
 * arrive, parsed and validated here while the rest downloads — or as projects in chunks (each
 * postMessage clones on the sending thread, so chunks keep the page's tasks short); then each
 * compute request gets its view back, the row indices transferred rather than copied. Maps in
 * the view survive structured cloning. The one-time warm-up runs in slices between requests.
 */

export type EngineRequest =
  | { kind: 'load'; projects: ProjectSummary[]; done: boolean }
  /** A new portfolio comes as pages, validated as the page validates them. */
  | { kind: 'pages'; asOf: string | undefined; options: ParseOptions }
  /** One page's JSON as UTF-8 bytes (transferred); index 0 is the first page. */
  | { kind: 'page'; id: number; index: number; bytes: ArrayBuffer }
  /** One page's JSON as the value JSON.parse gives (fetched by this Worker as a value). */
  | { kind: 'page'; id: number; index: number; value: unknown }
  /** Every page sent: build the engine and say what was loaded. */
  | { kind: 'pages-done'; id: number; pages: number }
  /** A view with the optional parts named (types.ts VIEW_PARTS), every one by default. */
  | {
      kind: 'compute';
      id: number;
      filters: Filters;
      sort: SortKey[];
      lang: Language;
      parts?: ViewPart[];
      /** How many of the view's first rows to send the projects of (a list drawn from the top). */
      head?: number;
    }
  | {
      kind: 'timeline';
      id: number;
      filters: Filters;
      sort: SortKey[];
      lang: Language;
      query: TimelineQuery;
    }
  /** The projects at these portfolio indices (a table's visible rows). */
  | { kind: 'projects'; id: number; indices: Uint32Array };

export type EngineResponse =
  /**
   * `held` comes with the first view of a portfolio only; `head` holds the projects of the view's
   * first rows when asked for, in the rows' order.
   */
  | {
      kind: 'view';
      id: number;
      view: PortfolioView;
      held?: PortfolioHeld;
      head?: ProjectSummary[];
    }
  | { kind: 'timeline'; id: number; window: TimelineWindow }
  | { kind: 'projects'; id: number; projects: ProjectSummary[] }
  /** A page was read: the total it announces and how many records it carries. */
  | { kind: 'page-read'; id: number; total: number; records: number }
  /** The pages' portfolio is built: how many projects it holds and the records rejected. */
  | { kind: 'loaded'; id: number; projects: number; rejected: RejectedRecord[] }
  /** A newer request of the same kind came before this one was started: nothing was computed. */
  | { kind: 'superseded'; id: number }
  | { kind: 'error'; id: number; message: string };

export interface HandlerResult {
  response: EngineResponse;
  transfer: Transferable[];
  /** Work worth doing once the response is sent, in steps, between later requests. */
  warmUp?: Iterator<void>;
}

const textDecoder = new TextDecoder();

/**
 * Views kept for their filter states: each holds its rows (4 bytes per matching project) and a
 * few kilobytes of aggregates, about 4 MB at a million projects with nothing filtered.
 */
const KEPT_VIEWS = 8;

/**
 * Projects the columns make room for at once from the total the first page announces (beyond it
 * they grow as the pages come): an announced total is not trusted with the memory it would take.
 */
const MAX_RESERVED = 2_000_000;

/** The worker's logic as a plain function of its messages, testable without a Worker. */
export function createEngineHandler(
  build: (projects: readonly KeptProject[], cols: Columns) => Engine = engineOnColumns,
): EngineHandler {
  /**
   * The portfolio's projects and their columns. From pages, each project is kept without its
   * amounts and spending per year, which the columns hold, and `sent` makes it whole; projects
   * the page sent are kept and sent as they came.
   */
  let session:
    | { kept: readonly KeptProject[]; cols: Columns }
    | { given: readonly ProjectSummary[]; cols: Columns }
    | undefined;
  const sent = (i: number): ProjectSummary | undefined => {
    if (!session) return undefined;
    if ('given' in session) return session.given[i];
    const project = session.kept[i];
    return project && wholeProject(project, session.cols, i);
  };
  let pending: ProjectSummary[] = [];
  let ingest: PageIngest<KeptProject> | undefined;
  // The columns of the pages' projects, built as each page is validated, so that only the last
  // page's share and the dictionaries' final order remain once every page has arrived.
  let columns: ReturnType<typeof createColumnsBuilder> | undefined;
  let engine: Engine | undefined;
  let warmed = false;
  let heldSent = false;
  let projection: TimelineProjection | undefined;
  // The views computed last, newest last (the sent ones' rows are copies: those are transferred),
  // so that returning to a recent filter state (a box unticked again) computes nothing. One per
  // filter state: a view holding the parts asked for, or more, answers; else it is recomputed
  // with the parts asked for (a timeline window or an export asks for none).
  let views = new Map<string, { key: string; view: PortfolioView }>();
  const viewFor = (
    filters: Filters,
    sort: SortKey[],
    lang: Language,
    ready: Engine,
    parts: readonly ViewPart[] = [],
  ) => {
    const key = viewKey(filters, sort, lang);
    let found = views.get(key);
    if (found) views.delete(key);
    if (!found || !parts.every((part) => found!.view.parts.includes(part)))
      found = { key, view: ready.compute(filters, sort, lang, parts) };
    views.set(key, found); // re-inserted: the Map's order is the recency order
    if (views.size > KEPT_VIEWS) views.delete(views.keys().next().value!);
    return found;
  };
  const hold = (projects: readonly KeptProject[], cols: Columns) => {
    engine = build(projects, cols);
    projection = createTimelineProjection(projects, cols);
    views = new Map();
    warmed = false;
    heldSent = false;
  };
  const handle = (request: EngineRequest): HandlerResult | undefined => {
    if (request.kind === 'pages') {
      const built = createColumnsBuilder();
      // Each project goes into the columns as it is accepted; the Worker then keeps it without
      // its amounts and spending per year, which the columns hold (wholeProject gives them back
      // when a project is sent): at a million projects, 0.5–0.6 s less of the intake's CPU.
      ingest = createPageIngest(request.asOf, request.options, (project) => {
        built.push(project);
        return keptProject(project);
      });
      columns = built;
      engine = undefined;
      return undefined;
    }
    if (request.kind === 'page') {
      let body: unknown;
      if ('value' in request) body = request.value;
      else
        try {
          body = JSON.parse(textDecoder.decode(request.bytes));
        } catch {
          body = undefined; // reported as an invalid page
        }
      const read = ingest?.add(request.index, body) ?? { ok: false, message: 'No load started' };
      if (read.ok && columns && columns.size < read.total) {
        columns.reserve(Math.min(read.total, MAX_RESERVED));
        ingest?.reserve(Math.min(read.total, MAX_RESERVED));
      }
      return {
        response: read.ok
          ? { kind: 'page-read', id: request.id, total: read.total, records: read.records }
          : { kind: 'error', id: request.id, message: read.message },
        transfer: [],
      };
    }
    if (request.kind === 'pages-done') {
      const pages = ingest;
      const built = columns;
      ingest = undefined;
      columns = undefined;
      const outcome = pages?.finish(request.pages) ?? { ok: false, message: 'No pages were sent' };
      if (!outcome.ok || !built)
        return {
          response: {
            kind: 'error',
            id: request.id,
            message: outcome.ok ? 'No pages were sent' : outcome.message,
          },
          transfer: [],
        };
      const cols = built.finish();
      session = { kept: outcome.value.projects, cols };
      hold(outcome.value.projects, cols);
      const { projects, rejected } = outcome.value;
      return {
        response: { kind: 'loaded', id: request.id, projects: projects.length, rejected },
        transfer: [],
      };
    }
    if (request.kind === 'load') {
      for (const p of request.projects) pending.push(p);
      if (request.done) {
        const cols = buildColumns(pending);
        session = { given: pending, cols };
        hold(pending, cols);
        pending = [];
      }
      return undefined;
    }
    if (!engine)
      return {
        response: { kind: 'error', id: request.id, message: 'No portfolio loaded' },
        transfer: [],
      };
    try {
      if (request.kind === 'projects') {
        const found = Array.from(request.indices, sent).filter(
          (p): p is ProjectSummary => p !== undefined,
        );
        if (found.length !== request.indices.length) throw new RangeError('No project at an index');
        return { response: { kind: 'projects', id: request.id, projects: found }, transfer: [] };
      }
      if (request.kind === 'timeline') {
        const source = viewFor(request.filters, request.sort, request.lang, engine);
        const window = projection!.window(
          source,
          request.sort.length === 0,
          request.lang,
          request.query,
        );
        return { response: { kind: 'timeline', id: request.id, window }, transfer: [] };
      }
      // The view the timeline asked for just before is this one: computed once per request.
      const source = viewFor(
        request.filters,
        request.sort,
        request.lang,
        engine,
        request.parts ?? VIEW_PARTS,
      );
      const view = { ...source.view, rows: source.view.rows.slice() };
      const ready = engine;
      // After the first view, build the search texts before the user starts typing.
      const warmUp = warmed ? undefined : ready.warmUpSteps(request.sort, request.lang);
      warmed = true;
      const held = heldSent ? undefined : engine.held();
      heldSent = true;
      const head = request.head
        ? Array.from(view.rows.subarray(0, request.head), (i) => sent(i)!)
        : undefined;
      return {
        response: {
          kind: 'view',
          id: request.id,
          view,
          ...(held ? { held } : {}),
          ...(head ? { head } : {}),
        },
        transfer: [view.rows.buffer],
        warmUp,
      };
    } catch (error) {
      return {
        response: {
          kind: 'error',
          id: request.id,
          message: error instanceof Error ? error.message : String(error),
        },
        transfer: [],
      };
    }
  };
  return Object.assign(handle, {
    rowsOf(filters: Filters, sort: SortKey[], lang: Language) {
      if (!engine || !session) return undefined;
      const projects = { length: engine.size, at: sent };
      return { projects, rows: viewFor(filters, sort, lang, engine).view.rows };
    },
  });
}

/** The Worker's logic, and the rows of a view with the portfolio they index (for an export). */
export interface EngineHandler {
  (request: EngineRequest): HandlerResult | undefined;
  /**
   * The portfolio (each project made whole as it is asked for) and a view's rows (computed once
   * per request); undefined before a load.
   */
  rowsOf(
    filters: Filters,
    sort: SortKey[],
    lang: Language,
  ): { projects: ProjectsByIndex; rows: Uint32Array } | undefined;
}

/** How long one warm-up task may run before letting waiting requests in. */
const WARM_UP_TASK_MS = 8;

/**
 * How long the warm-up rests after an answer the page draws (a view, a timeline window, a table's
 * projects): the page's handling, render and paint of it then have the machine's cores to
 * themselves rather than sharing them with the Worker's search-text building.
 */
export const WARM_UP_REST_MS = 300;

/** Answers the page draws at once: the warm-up rests after each (WARM_UP_REST_MS). */
export function drawnAnswer(response: { kind: string }): boolean {
  return response.kind === 'view' || response.kind === 'timeline' || response.kind === 'projects';
}

/**
 * Requests for what the page draws next (a view, a timeline window, a table's projects): the
 * warm-up rests from their arrival, so that a batch of it already scheduled does not run before
 * them (one batch takes up to tens of milliseconds on a busy machine).
 */
export function drawnRequest(request: { kind: string }): boolean {
  return request.kind === 'compute' || request.kind === 'timeline' || request.kind === 'projects';
}

/**
 * Runs `steps` a few at a time, each batch in its own task of at most about `budgetMs` (plus one
 * step), so that messages that arrive meanwhile are handled between batches rather than after
 * the whole of it. Starting anew replaces what was still running; `rest` holds the next batch
 * back for a while (`later` schedules it then).
 */
export function createSlicedRunner(
  schedule: (task: () => void) => void = (task) => setTimeout(task, 0),
  now: () => number = () => performance.now(),
  budgetMs = WARM_UP_TASK_MS,
  later: (task: () => void, ms: number) => void = (task, ms) => setTimeout(task, ms),
) {
  let current: Iterator<void> | undefined;
  let restUntil = Number.NEGATIVE_INFINITY;
  const slice = (steps: Iterator<void>) => {
    if (current !== steps) return; // replaced
    const wait = restUntil - now();
    if (wait > 0) return later(() => slice(steps), wait);
    const until = now() + budgetMs;
    do {
      if (steps.next().done) {
        current = undefined;
        return;
      }
    } while (now() < until);
    schedule(() => slice(steps));
  };
  return {
    start(steps: Iterator<void>) {
      current = steps;
      schedule(() => slice(steps));
    },
    /** No batch starts in the next `ms` milliseconds. */
    rest(ms: number) {
      restUntil = now() + ms;
    },
    get running() {
      return current !== undefined;
    },
  };
}

/** Kinds of request of which only the newest waiting one is worth computing. */
const LATEST_ONLY: ReadonlySet<string> = new Set(['compute', 'timeline']);

/**
 * The order in which a Worker handles its messages, dropping superseded views: a view or a
 * timeline window asked for waits a task (`schedule`), so that the messages that arrived while
 * the Worker was busy (a view of a million projects takes a few hundred milliseconds) are all in;
 * then only the newest of each kind is computed and the older ones are answered `superseded`.
 * Any other message first runs what waits, so the order of messages is kept.
 */
export function createRequestQueue<R extends { kind: string; id?: number }>(
  run: (request: R) => void,
  drop: (request: R & { id: number }) => void,
  schedule: (task: () => void) => void = (task) => setTimeout(task, 0),
): (request: R) => void {
  let waiting: R[] = [];
  let scheduled = false;
  const drain = () => {
    const batch = waiting;
    waiting = [];
    batch.forEach((request, i) => {
      const newer = batch.slice(i + 1).some((later) => later.kind === request.kind);
      if (newer && request.id !== undefined) drop(request as R & { id: number });
      else run(request);
    });
  };
  return (request) => {
    if (!LATEST_ONLY.has(request.kind)) {
      drain();
      return run(request);
    }
    waiting.push(request);
    if (scheduled) return;
    scheduled = true;
    schedule(() => {
      scheduled = false;
      drain();
    });
  };
}
