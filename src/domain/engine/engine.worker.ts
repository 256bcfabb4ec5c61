import type { Language } from '../codes/languages';
import type { Filters, SortKey } from '../filters';
import type { ProjectSummary } from '../project';
import { createEngine, type Engine } from './engine';
import {
  createTimelineProjection,
  viewKey,
  type KeyedView,
  type TimelineProjection,
  type TimelineQuery,
  type TimelineWindow,
} from './timeline';
import type { PortfolioHeld, PortfolioView } from './types';

/**
 * The engine in a Web Worker, so that computing views of a large portfolio never blocks the
 * page. The portfolio arrives once, in chunks (each postMessage clones on the sending thread,
 * so chunks keep the page's tasks short); then each compute request gets its view back, the
 * row indices transferred rather than copied. Maps in the view survive structured cloning.
 */

export type EngineRequest =
  | { kind: 'load'; projects: ProjectSummary[]; done: boolean }
  | { kind: 'compute'; id: number; filters: Filters; sort: SortKey[]; lang: Language }
  | {
      kind: 'timeline';
      id: number;
      filters: Filters;
      sort: SortKey[];
      lang: Language;
      query: TimelineQuery;
    };

export type EngineResponse =
  /** `held` comes with the first view of a portfolio only. */
  | { kind: 'view'; id: number; view: PortfolioView; held?: PortfolioHeld }
  | { kind: 'timeline'; id: number; window: TimelineWindow }
  | { kind: 'error'; id: number; message: string };

export interface HandlerResult {
  response: EngineResponse;
  transfer: Transferable[];
  /** Work worth doing once the response is sent and before the next request. */
  idle?: () => void;
}

/** The worker's logic as a plain function of its messages, testable without a Worker. */
export function createEngineHandler(): (request: EngineRequest) => HandlerResult | undefined {
  let pending: ProjectSummary[] = [];
  let engine: Engine | undefined;
  let warmed = false;
  let heldSent = false;
  let projection: TimelineProjection | undefined;
  // The last view computed, its rows copied (the sent ones are transferred): the timeline's source.
  let lastView: KeyedView | undefined;
  const viewFor = (filters: Filters, sort: SortKey[], lang: Language, ready: Engine) => {
    const key = viewKey(filters, sort, lang);
    if (lastView?.key !== key) lastView = { key, view: ready.compute(filters, sort, lang) };
    return lastView;
  };
  return (request) => {
    if (request.kind === 'load') {
      for (const p of request.projects) pending.push(p);
      if (request.done) {
        engine = createEngine(pending);
        projection = createTimelineProjection(pending);
        lastView = undefined;
        pending = [];
        warmed = false;
        heldSent = false;
      }
      return undefined;
    }
    if (!engine)
      return {
        response: { kind: 'error', id: request.id, message: 'No portfolio loaded' },
        transfer: [],
      };
    try {
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
      const view = engine.compute(request.filters, request.sort, request.lang);
      lastView = {
        key: viewKey(request.filters, request.sort, request.lang),
        view: { ...view, rows: view.rows.slice() },
      };
      const ready = engine;
      // After the first view, build the search texts before the user starts typing.
      const idle = warmed ? undefined : () => ready.warmUp(request.sort, request.lang);
      warmed = true;
      const held = heldSent ? undefined : engine.held();
      heldSent = true;
      return {
        response: { kind: 'view', id: request.id, view, ...(held ? { held } : {}) },
        transfer: [view.rows.buffer],
        idle,
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
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse, options: { transfer: Transferable[] }): void;
}

// Only inside a worker (module workers define importScripts too); a plain import does nothing.
if (typeof importScripts === 'function') {
  const scope = globalThis as unknown as WorkerScope;
  const handle = createEngineHandler();
  scope.onmessage = (event) => {
    const result = handle(event.data);
    if (!result) return;
    scope.postMessage(result.response, { transfer: result.transfer });
    if (result.idle) setTimeout(result.idle, 0);
  };
}
