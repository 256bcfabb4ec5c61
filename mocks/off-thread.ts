import { getResponse, http, type HttpHandler } from 'msw';
import { apiUrl } from './api-url';

/*
 * The mock API's happy path off the page's main thread. In the browser, MSW runs its handlers on
 * the page itself; generating a large portfolio and serialising its pages there blocked the page
 * for seconds at 100,000 projects and minutes at 1,000,000. Instead, a dedicated Worker
 * (mock-api.worker.ts) holds the portfolio and answers each request with the response's bytes;
 * the page's handler only hands the request over and wraps the bytes it gets back.
 */

/** What the page asks the mock API's Worker. */
export type MockApiMessage =
  | { type: 'start'; count?: number; seed?: number; baseUrl: string }
  | { type: 'request'; id: number; method: string; url: string };

/** The Worker's answer to one request: a response's parts, or `unhandled` (no handler matched). */
export type MockApiReply =
  | { id: number; status: number; headers: [string, string][]; body: ArrayBuffer }
  | { id: number; unhandled: true };

/** Answers one request with the given handlers, as MSW would (used inside the Worker). */
export async function answerMockRequest(
  handlers: HttpHandler[],
  message: Extract<MockApiMessage, { type: 'request' }>,
): Promise<MockApiReply> {
  const request = new Request(message.url, { method: message.method });
  const response = await getResponse(handlers, request);
  if (!response) return { id: message.id, unhandled: true };
  return {
    id: message.id,
    status: response.status,
    headers: [...response.headers],
    body: await response.arrayBuffer(),
  };
}

/** The part of a Worker the client uses (a stand-in in tests). */
export interface MockApiWorker {
  postMessage(message: MockApiMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<MockApiReply>) => void): void;
}

/** The page's side: sends requests to the Worker and turns its replies back into responses. */
export interface MockApiClient {
  /** The response the Worker's handlers give, or undefined when none handles the request. */
  respond(request: Request): Promise<Response | undefined>;
}

/** The page's client of a started mock API Worker (see start.ts). */
export function createMockApiClient(worker: MockApiWorker): MockApiClient {
  const waiting = new Map<number, (reply: MockApiReply) => void>();
  let nextId = 0;
  worker.addEventListener('message', (event) => {
    const resolve = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    resolve?.(event.data);
  });
  return {
    async respond(request) {
      const id = nextId++;
      const reply = await new Promise<MockApiReply>((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage({ type: 'request', id, method: request.method, url: request.url });
      });
      if ('unhandled' in reply) return undefined;
      return new Response(reply.body, { status: reply.status, headers: reply.headers });
    },
  };
}

/** The page's handlers: every request under the API base goes to the Worker. */
export function forwardingHandlers(client: MockApiClient): HttpHandler[] {
  return [http.all(apiUrl('/*'), ({ request }) => client.respond(request))];
}
