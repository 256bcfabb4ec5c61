import type { Language } from '../codes/languages';
import type { Filters, SortKey } from '../filters';
import type { ProjectSummary } from '../project';
import { createEngine, type Engine } from './engine';
import type { PortfolioHeld, PortfolioView } from './types';

/**
 * The engine in a Web Worker, so that computing views of a large portfolio never blocks the
 * page. The portfolio arrives once, in chunks (each postMessage clones on the sending thread,
 * so chunks keep the page's tasks short); then each compute request gets its view back, the
 * row indices transferred rather than copied. Maps in the view survive structured cloning.
 */

export type EngineRequest =
  | { kind: 'load'; projects: ProjectSummary[]; done: boolean }
  | { kind: 'compute'; id: number; filters: Filters; sort: SortKey[]; lang: Language };

export type EngineResponse =
  /** `held` comes with the first view of a portfolio only. */
  | { kind: 'view'; id: number; view: PortfolioView; held?: PortfolioHeld }
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
  return (request) => {
    if (request.kind === 'load') {
      for (const p of request.projects) pending.push(p);
      if (request.done) {
        engine = createEngine(pending);
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
      const view = engine.compute(request.filters, request.sort, request.lang);
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
