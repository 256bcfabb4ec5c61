import { ApiError, getBytes, type ApiErrorKind } from './client';
import { fetchOver, valueOfResponse } from './port-fetch';

/*
 * The engine's Worker fetching a large portfolio's pages itself (src/lib/engine-worker.ts): the
 * bytes go from the API straight to the thread that reads them, never through the page. With a
 * real server that is the network; in the demo build the mock API's Worker answers on a port.
 */

/** Why a page could not be fetched: an ApiError's parts, to become one again on the page. */
export interface PageFetchFailure {
  kind: ApiErrorKind;
  message: string;
  status?: number | undefined;
  code?: string | undefined;
}

/** The page's side: the failure as the ApiError the page's own fetch would have thrown. */
export function apiErrorOf(failure: PageFetchFailure): ApiError {
  return new ApiError(failure.kind, failure.message, failure.status, failure.code);
}

/** A page fetched: its JSON's bytes, or (from the mock API's Worker) the value they hold. */
export type PageFetched =
  | { ok: true; bytes: ArrayBuffer }
  | { ok: true; value: unknown }
  | { ok: false; failed: { kind: 'fetch-failed'; id: number; failure: PageFetchFailure } };

/** Fetches pages for a Worker: over the port it is given, else over the network. */
export function createPageFetcher() {
  let over: ((url: string, init?: RequestInit) => Promise<Response>) | undefined;
  return {
    connect(port: MessagePort) {
      // The mock API's Worker may answer with the page as a value: cloned, not serialised.
      over = fetchOver(port, { values: true });
    },
    async fetch(id: number, url: string): Promise<PageFetched> {
      try {
        let value: { value: unknown } | undefined;
        const viaPort = over;
        const fetchVia = viaPort
          ? async (target: string, init: RequestInit) => {
              const response = await viaPort(target, init);
              value = valueOfResponse(response);
              return response;
            }
          : undefined;
        const bytes = await getBytes(url, fetchVia ? { fetch: fetchVia } : {});
        return value ? { ok: true, value: value.value } : { ok: true, bytes };
      } catch (error) {
        const failure: PageFetchFailure =
          error instanceof ApiError
            ? { kind: error.kind, message: error.message, status: error.status, code: error.code }
            : { kind: 'network', message: error instanceof Error ? error.message : String(error) };
        return { ok: false, failed: { kind: 'fetch-failed', id, failure } };
      }
    },
  };
}
