import type { ParseOptions } from '@/domain/parse-record';
import type { ProjectSummary } from '@/domain/project';
import type { EngineWorkerRequest, EngineWorkerResponse } from './engine-worker';
import { perfMeasure, perfNow } from './perf/perf-marks';
import {
  createWorkerClient,
  WorkerFailed,
  type WorkerClient,
  type WorkerPort,
} from './worker-client';

/*
 * The engine's Worker fed with a large portfolio's pages while they download: each page's bytes
 * are transferred to it as they arrive (moved, not copied), and it parses, validates and builds
 * its engine there, so that the page never clones a million projects over to it. This module is
 * small and engine-free: the portfolio loader uses it before any screen's chunk has loaded.
 */

/** Portfolios at least this large are computed in a Web Worker so the page stays responsive. */
export const WORKER_THRESHOLD = 50_000;

/** What the client needs of the engine's Worker; tests pass a stand-in. */
export type EngineWorker = WorkerPort<EngineWorkerRequest, EngineWorkerResponse>;

export function defaultEngineWorker(): EngineWorker {
  return new Worker(new URL('./engine-worker.ts', import.meta.url), {
    type: 'module',
  }) as EngineWorker;
}

/** A Worker holding a portfolio's engine, once `loaded` resolves. */
export interface PreparedWorker {
  worker: WorkerClient<EngineWorkerRequest, EngineWorkerResponse>;
  /** Resolves once the Worker holds exactly the page's projects; rejects with WorkerFailed. */
  loaded: Promise<void>;
}

export interface EngineFeed {
  /** A page's bytes, index 0 for the first page; transferred, so unusable here afterwards. */
  page(index: number, bytes: ArrayBuffer): void;
  /**
   * Every page was sent (`pages` of them) and the page's validation gave `projects`: the Worker
   * is kept for the engine session of that portfolio (see takePreparedWorker).
   */
  finish(projects: readonly ProjectSummary[], pages: number): void;
  /** The load failed or was abandoned: the Worker ends. */
  cancel(): void;
}

// The Worker fed last, for the portfolio whose load it followed; only one is kept.
let prepared: { projects: readonly ProjectSummary[]; prepared: PreparedWorker } | undefined;
let feeding: EngineFeed | undefined;

/** Starts a Worker and feeds it a portfolio's pages; undefined where Workers do not exist. */
export function startEngineFeed(
  asOf: string | undefined,
  options: ParseOptions,
  createWorker: (() => EngineWorker) | undefined = undefined,
): EngineFeed | undefined {
  if (!createWorker && typeof Worker === 'undefined') return undefined;
  feeding?.cancel();
  const worker = createWorkerClient(createWorker ?? defaultEngineWorker);
  worker.post({ kind: 'pages', asOf, options });
  let over = false;
  const feed: EngineFeed = {
    page(index, bytes) {
      if (!over) worker.post({ kind: 'page', index, bytes }, [bytes]);
    },
    finish(projects, pages) {
      over = true;
      if (feeding === feed) feeding = undefined;
      const loaded = worker.request<void>(
        (id) => ({ kind: 'pages-done', id, pages }),
        (answer, resolve, reject) => {
          // The Worker validates with the same code: a different count would be a bug, and the
          // session then falls back rather than showing rows that are not the table's.
          if (answer.kind === 'loaded' && answer.projects === projects.length) resolve();
          else {
            reject(new WorkerFailed());
            worker.terminate();
          }
        },
      );
      // The wait for the Worker's engine once the page has its own copy (for the benchmark).
      const since = perfNow();
      loaded.then(
        () => perfMeasure('load:worker-engine', since, { projects: projects.length }),
        // Nobody may ever ask (the screen was left): the rejection is the session's to handle.
        () => undefined,
      );
      takePreparedWorker(prepared?.projects ?? [])?.worker.terminate();
      prepared = { projects, prepared: { worker, loaded } };
    },
    cancel() {
      over = true;
      if (feeding === feed) feeding = undefined;
      worker.terminate();
    },
  };
  feeding = feed;
  return feed;
}

/** The Worker fed with exactly these projects' pages, handed over once (undefined if none). */
export function takePreparedWorker(
  projects: readonly ProjectSummary[],
): PreparedWorker | undefined {
  if (!prepared || prepared.projects !== projects) return undefined;
  const taken = prepared.prepared;
  prepared = undefined;
  return taken;
}
