import { http, type HttpHandler } from 'msw';
import {
  requestsOver,
  type PortReply,
  type PortRequest,
  type RequestPort,
} from '@/lib/api/port-fetch';
import { apiUrl } from './api-url';

/*
 * The mock API's happy path off the page's main thread. In the browser, MSW runs its handlers on
 * the page itself; generating a large portfolio and serialising its pages there blocked the page
 * for seconds at 100,000 projects and minutes at 1,000,000. Instead, a dedicated Worker
 * (mock-api.worker.ts) holds the portfolio and answers each request with the response's bytes;
 * the page's handler only hands the request over and wraps the bytes it gets back.
 */

/**
 * What the page asks the mock API's Worker: make the portfolio, answer a request, or answer the
 * requests that come through a port (the engine's Worker asks for its pages that way).
 */
export type MockApiMessage = PortRequest | { type: 'connect'; port: MessagePort };

/** The Worker's answer to one request: a response's parts, or `unhandled` (no handler matched). */
export type MockApiReply = PortReply;

/** The part of a Worker the client uses (a stand-in in tests). */
export interface MockApiWorker extends RequestPort {
  postMessage(message: MockApiMessage, transfer?: Transferable[]): void;
}

/** The page's side: sends requests to the Worker and turns its replies back into responses. */
export interface MockApiClient {
  /** The response the Worker's handlers give, or undefined when none handles the request. */
  respond(request: Request): Promise<Response | undefined>;
}

/** The page's client of a started mock API Worker (see start.ts). */
export function createMockApiClient(worker: MockApiWorker): MockApiClient {
  return { respond: requestsOver(worker) };
}

/** The page's handlers: every request under the API base goes to the Worker. */
export function forwardingHandlers(client: MockApiClient): HttpHandler[] {
  return [http.all(apiUrl('/*'), ({ request }) => client.respond(request))];
}
