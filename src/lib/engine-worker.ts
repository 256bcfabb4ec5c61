import type { Language } from '@/domain/codes/languages';
import {
  createEngineHandler,
  createRequestQueue,
  createSlicedRunner,
  drawnAnswer,
  drawnRequest,
  WARM_UP_REST_MS,
  type EngineRequest,
  type EngineResponse,
  type HandlerResult,
} from '@/domain/engine/engine.worker';
import type { Filters, SortKey } from '@/domain/filters';
import type { ProjectField, ProjectsByIndex } from '@/domain/project';
import { createPageFetcher, type PageFetchFailure } from './api/worker-pages';
import { csvBlob, projectsToCsvParts, type CsvDelimiter } from './csv/export';

/*
 * The engine's Web Worker: the engine's own messages (src/domain/engine/engine.worker.ts) and
 * the CSV export of a view, written where the portfolio is held so that the page never needs a
 * copy of a large portfolio to export it.
 */

/** How the table's export is written. */
export interface CsvExportSettings {
  /** The visible columns in table order, or undefined for every column. */
  columns: ProjectField[] | undefined;
  delimiter: CsvDelimiter;
  /** The start of a project's link (`https://host/projects/`); the encoded ID follows. */
  linkBase: string;
}

export type EngineWorkerRequest =
  | EngineRequest
  /** Where this Worker sends its API requests (the demo build's mock API); else the network. */
  | { kind: 'api-port'; port: MessagePort }
  /** Fetch one page of the portfolio from the API and read it as a `page` (index 0 first). */
  | { kind: 'fetch-page'; id: number; index: number; url: string }
  | {
      kind: 'export';
      id: number;
      filters: Filters;
      sort: SortKey[];
      lang: Language;
      settings: CsvExportSettings;
    };

export type EngineWorkerResponse =
  | EngineResponse
  | { kind: 'csv'; id: number; blob: Blob; rows: number }
  /** A page could not be fetched: why, as the page's own API client would say it. */
  | { kind: 'fetch-failed'; id: number; failure: PageFetchFailure };

/** The CSV file of `rows` (indices into `projects`, in the table's order), every one of them. */
export function exportCsv(
  projects: ProjectsByIndex,
  rows: ArrayLike<number>,
  lang: Language,
  { columns, delimiter, linkBase }: CsvExportSettings,
): Blob {
  return csvBlob(
    projectsToCsvParts({
      projects,
      order: rows,
      ...(columns ? { columns } : {}),
      lang,
      delimiter,
      projectUrl: (id) => linkBase + encodeURIComponent(id),
    }),
  );
}

interface WorkerResult extends Omit<HandlerResult, 'response'> {
  response: EngineWorkerResponse;
}

/**
 * The Worker's logic as a plain function of its messages, testable without a Worker. The API
 * requests (`api-port`, `fetch-page`) are the Worker's own, below.
 */
export function createWorkerHandler(): (request: EngineWorkerRequest) => WorkerResult | undefined {
  const handle = createEngineHandler();
  return (request) => {
    if (request.kind === 'api-port' || request.kind === 'fetch-page') return undefined;
    if (request.kind !== 'export') return handle(request);
    const held = handle.rowsOf(request.filters, request.sort, request.lang);
    if (!held)
      return {
        response: { kind: 'error', id: request.id, message: 'No portfolio loaded' },
        transfer: [],
      };
    const blob = exportCsv(held.projects, held.rows, request.lang, request.settings);
    return {
      response: { kind: 'csv', id: request.id, blob, rows: held.rows.length },
      transfer: [],
    };
  };
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineWorkerRequest>) => void) | null;
  postMessage(message: EngineWorkerResponse, options: { transfer: Transferable[] }): void;
}

// Only inside a worker (module workers define importScripts too); a plain import does nothing.
if (typeof importScripts === 'function') {
  const scope = globalThis as unknown as WorkerScope;
  const handle = createWorkerHandler();
  const warmUp = createSlicedRunner();
  const pages = createPageFetcher();
  const answer = (result: WorkerResult | undefined) => {
    if (!result) return;
    scope.postMessage(result.response, { transfer: result.transfer });
    // The page draws this answer next: the warm-up leaves it the cores for a while.
    if (drawnAnswer(result.response)) warmUp.rest(WARM_UP_REST_MS);
    if (result.warmUp) warmUp.start(result.warmUp);
  };
  // Views asked for while the Worker was busy: only the newest is computed.
  const queue = createRequestQueue<EngineWorkerRequest>(
    (request) => answer(handle(request)),
    ({ id }) => scope.postMessage({ kind: 'superseded', id }, { transfer: [] }),
  );
  scope.onmessage = ({ data: request }) => {
    if (request.kind === 'api-port') pages.connect(request.port);
    else if (request.kind === 'fetch-page')
      void pages
        .fetch(request.id, request.url)
        .then((fetched) =>
          answer(
            fetched.ok
              ? handle(
                  'value' in fetched
                    ? { kind: 'page', id: request.id, index: request.index, value: fetched.value }
                    : { kind: 'page', id: request.id, index: request.index, bytes: fetched.bytes },
                )
              : { response: fetched.failed, transfer: [] },
          ),
        );
    else {
      // Asked for by a click: the warm-up's batch already scheduled waits rather than go first.
      if (drawnRequest(request)) warmUp.rest(WARM_UP_REST_MS);
      queue(request);
    }
  };
}
