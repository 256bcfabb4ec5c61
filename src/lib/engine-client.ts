import type { Language } from '@/domain/codes/languages';
import type { Engine } from '@/domain/engine/engine';
import type { EngineRequest, EngineResponse } from '@/domain/engine/engine.worker';
import type { PortfolioView } from '@/domain/engine/types';
import type { Filters, SortKey } from '@/domain/filters';
import type { ProjectSummary } from '@/domain/project';

/**
 * Computes portfolio views off the main thread when it can. The latest request wins: while one
 * view is being computed, newer requests replace each other and only the newest is computed
 * next; every promise still pending then resolves with that newest view (never a stale one).
 * A promise may therefore resolve with a view for filters newer than its own.
 */
export interface EngineClient {
  compute(filters: Filters, sort: readonly SortKey[], lang: Language): Promise<PortfolioView>;
  /** True while computing in a Worker (false after falling back to this thread). */
  readonly inWorker: boolean;
  dispose(): void;
}

/** What the client needs of a Worker; tests pass a stand-in. */
export interface EngineWorker {
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: EngineRequest, options?: { transfer?: Transferable[] }): void;
  terminate(): void;
}

export interface EngineClientOptions {
  useWorker: boolean;
  /** Makes the worker; defaults to the engine's module worker. */
  createWorker?: () => EngineWorker;
}

type Request = { filters: Filters; sort: SortKey[]; lang: Language };
type Compute = (request: Request) => Promise<PortfolioView>;
type Settler = { resolve: (view: PortfolioView) => void; reject: (error: Error) => void };

/** Projects per load message: each message is cloned in one task on the sending thread. */
const LOAD_CHUNK = 20_000;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function defaultWorker(): EngineWorker {
  return new Worker(new URL('../domain/engine/engine.worker.ts', import.meta.url), {
    type: 'module',
  }) as EngineWorker;
}

/** The engine on this thread, loaded on first use so that pages using the worker do not ship it. */
function inThread(projects: readonly ProjectSummary[]): Compute {
  let engine: Promise<Engine> | undefined;
  return async ({ filters, sort, lang }) => {
    engine ??= import('@/domain/engine/engine').then(({ createEngine }) => createEngine(projects));
    return (await engine).compute(filters, sort, lang);
  };
}

/** Sends the portfolio to the worker, then requests; if the worker fails, pending ones reject. */
function inWorker(
  worker: EngineWorker,
  projects: readonly ProjectSummary[],
  onFailure: () => void,
): Compute {
  const waiting = new Map<number, Settler>();
  let nextId = 1;
  worker.onmessage = ({ data }) => {
    const entry = waiting.get(data.id);
    waiting.delete(data.id);
    if (data.kind === 'view') entry?.resolve(data.view);
    else entry?.reject(new Error(data.message));
  };
  worker.onerror = () => {
    onFailure();
    for (const entry of waiting.values()) entry.reject(new WorkerFailed());
    waiting.clear();
  };
  const loaded = (async () => {
    for (let start = 0; start === 0 || start < projects.length; start += LOAD_CHUNK) {
      const done = start + LOAD_CHUNK >= projects.length;
      worker.postMessage({
        kind: 'load',
        projects: projects.slice(start, start + LOAD_CHUNK),
        done,
      });
      if (!done) await nextTask();
    }
  })();
  return async (request) => {
    await loaded;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.postMessage({ kind: 'compute', id, ...request });
    });
  };
}

class WorkerFailed extends Error {
  constructor() {
    super('The engine worker failed');
  }
}

/** A client computing in a Worker when asked and available, on this thread otherwise. */
export function createEngineClient(
  projects: readonly ProjectSummary[],
  options: EngineClientOptions,
): EngineClient {
  let worker: EngineWorker | undefined;
  let compute: Compute = inThread(projects);
  if (options.useWorker && (options.createWorker || typeof Worker !== 'undefined')) {
    worker = (options.createWorker ?? defaultWorker)();
    compute = inWorker(worker, projects, () => {
      worker?.terminate();
      worker = undefined;
      compute = inThread(projects);
    });
  }

  let latest: Request | undefined;
  let running = false;
  let disposed = false;
  let settlers: Settler[] = [];

  const settle = (outcome: { view: PortfolioView } | { error: Error }) => {
    const done = settlers;
    settlers = [];
    for (const s of done) {
      if ('view' in outcome) s.resolve(outcome.view);
      else s.reject(outcome.error);
    }
  };

  const pump = async (): Promise<void> => {
    running = true;
    // Let a burst of calls in one task collapse into its last request.
    await Promise.resolve();
    while (latest) {
      const request = latest;
      latest = undefined;
      let outcome: { view: PortfolioView } | { error: Error };
      try {
        outcome = { view: await compute(request) };
      } catch (error) {
        if (error instanceof WorkerFailed) {
          latest ??= request; // retried on this thread
          continue;
        }
        outcome = { error: error instanceof Error ? error : new Error(String(error)) };
      }
      // A newer request arrived meanwhile: compute it and answer everyone with its view.
      if (!latest) settle(outcome);
    }
    running = false;
  };

  return {
    compute(filters, sort, lang) {
      if (disposed) return Promise.reject(new Error('The engine client was disposed'));
      latest = { filters, sort: [...sort], lang };
      const promise = new Promise<PortfolioView>((resolve, reject) =>
        settlers.push({ resolve, reject }),
      );
      if (!running) void pump();
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
      settle({ error: new Error('The engine client was disposed') });
    },
  };
}
