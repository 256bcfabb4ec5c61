import type { ParseOptions, RejectedRecord } from '@/domain/parse-record';
import type { EngineWorkerRequest, EngineWorkerResponse } from './engine-worker';
import { apiErrorOf } from './api/worker-pages';
import { perfMeasure, perfNow } from './perf/perf-marks';
import { createWorkerClient, type WorkerClient, type WorkerPort } from './worker-client';

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
  /** Resolves once the Worker holds the portfolio; rejects with WorkerFailed. */
  loaded: Promise<void>;
}

/**
 * A portfolio that only the engine's Worker holds (above WORKER_THRESHOLD): the page keeps its
 * size, and the engine session takes the Worker over once.
 */
export interface WorkerHeld {
  /** Valid projects in it. */
  readonly size: number;
  /** The Worker, handed over once (undefined afterwards, or once ended). */
  take(): PreparedWorker | undefined;
  /** True once the Worker was ended (its session disposed): the portfolio must be loaded again. */
  readonly ended: boolean;
}

/** What one page held, as the Worker read it. */
export interface PageRead {
  /** The total the page announces. */
  total: number;
  /** Records in the page. */
  records: number;
}

/** A page the Worker could not read, or a load it could not build. */
export class FeedRejected extends Error {}

export interface EngineFeed {
  /**
   * A page's bytes, index 0 for the first page; transferred, so unusable here afterwards.
   * Resolves once the Worker has read it; rejects with FeedRejected when it cannot.
   */
  page(index: number, bytes: ArrayBuffer): Promise<PageRead>;
  /**
   * The Worker fetches the page at `url` itself and reads it as `page` does: its bytes never
   * reach this thread. Rejects with the ApiError the fetch failed with, or FeedRejected.
   */
  fetchPage(index: number, url: string): Promise<PageRead>;
  /**
   * Every page was sent (`pages` of them): resolves once the Worker has validated them all and
   * built its engine, with the records it rejected and the portfolio it holds.
   */
  finish(pages: number): Promise<{ held: WorkerHeld; rejected: RejectedRecord[] }>;
  /** The load failed or was abandoned: the Worker ends. */
  cancel(): void;
}

let feeding: EngineFeed | undefined;

const unexpected = (answer: EngineWorkerResponse) =>
  answer.kind === 'error'
    ? new FeedRejected(answer.message)
    : new FeedRejected('Unexpected answer');

/**
 * Starts a Worker and feeds it a portfolio's pages; undefined where Workers do not exist. `api`
 * is where the Worker sends its own API requests (the demo build's mock API), else the network.
 */
export function startEngineFeed(
  asOf: string | undefined,
  options: ParseOptions,
  createWorker: (() => EngineWorker) | undefined = undefined,
  api: MessagePort | undefined = undefined,
): EngineFeed | undefined {
  if (!createWorker && typeof Worker === 'undefined') return undefined;
  feeding?.cancel();
  const worker = createWorkerClient(createWorker ?? defaultEngineWorker);
  if (api) worker.post({ kind: 'api-port', port: api }, [api]);
  worker.post({ kind: 'pages', asOf, options });
  let over = false;
  /** A page read by the Worker: sent as bytes, or fetched there (a failed fetch, its ApiError). */
  const read = (make: (id: number) => EngineWorkerRequest, transfer: Transferable[] = []) =>
    over
      ? Promise.reject(new FeedRejected('The load is over'))
      : worker.request<PageRead>(
          make,
          (answer, resolve, reject) => {
            if (answer.kind === 'page-read')
              resolve({ total: answer.total, records: answer.records });
            else if (answer.kind === 'fetch-failed') reject(apiErrorOf(answer.failure));
            else reject(unexpected(answer));
          },
          transfer,
        );
  const feed: EngineFeed = {
    page: (index, bytes) => read((id) => ({ kind: 'page', id, index, bytes }), [bytes]),
    fetchPage: (index, url) => read((id) => ({ kind: 'fetch-page', id, index, url })),
    async finish(pages) {
      over = true;
      if (feeding === feed) feeding = undefined;
      const since = perfNow();
      const loaded = await worker.request<{ projects: number; rejected: RejectedRecord[] }>(
        (id) => ({ kind: 'pages-done', id, pages }),
        (answer, resolve, reject) => {
          if (answer.kind === 'loaded') resolve(answer);
          else reject(unexpected(answer));
        },
      );
      // The wait for the Worker's engine once every page has arrived (for the benchmark).
      perfMeasure('load:worker-engine', since, { projects: loaded.projects });
      let taken = false;
      let ended = false;
      const held: WorkerHeld = {
        size: loaded.projects,
        take() {
          if (taken) return undefined;
          taken = true;
          // Its session ends it: the portfolio is then held nowhere.
          const terminate = () => {
            ended = true;
            worker.terminate();
          };
          return { worker: { ...worker, terminate }, loaded: Promise.resolve() };
        },
        get ended() {
          return ended;
        },
      };
      return { held, rejected: loaded.rejected };
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
