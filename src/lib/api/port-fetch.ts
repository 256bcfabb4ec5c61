/*
 * Requests answered over a MessagePort rather than the network: the demo build's mock API
 * (mocks/mock-api.worker.ts) answers the engine's Worker this way, Worker to Worker, so that a
 * large portfolio's pages never pass through the page (see DESIGN §10). A reply's body is
 * transferred, not copied.
 */

/** One request sent over the port. */
export interface PortRequest {
  type: 'request';
  id: number;
  method: string;
  url: string;
}

/** The answer to one request: a response's parts, or `unhandled` (nothing answers that URL). */
export type PortReply =
  | { id: number; status: number; headers: [string, string][]; body: ArrayBuffer }
  | { id: number; unhandled: true };

/** The part of a port (or Worker) that requests are sent through; tests pass a stand-in. */
export interface RequestPort {
  postMessage(message: PortRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<PortReply>) => void): void;
  /** A MessagePort delivers nothing until started. */
  start?(): void;
}

/** Sends each request through `port`: the response, or undefined when nothing answers it. */
export function requestsOver(
  port: RequestPort,
): (request: Request) => Promise<Response | undefined> {
  const waiting = new Map<number, (reply: PortReply) => void>();
  let nextId = 0;
  port.addEventListener('message', (event) => {
    const resolve = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    resolve?.(event.data);
  });
  port.start?.();
  return async (request) => {
    const id = nextId++;
    const reply = await new Promise<PortReply>((resolve) => {
      waiting.set(id, resolve);
      port.postMessage({ type: 'request', id, method: request.method, url: request.url });
    });
    if ('unhandled' in reply) return undefined;
    return new Response(reply.body, { status: reply.status, headers: reply.headers });
  };
}

/**
 * A fetch that asks `port` first and the network for what it does not answer. The signal is
 * honoured as fetch honours it: an aborted request rejects with its reason.
 */
export function fetchOver(
  port: RequestPort,
): (url: string, init?: RequestInit) => Promise<Response> {
  const send = requestsOver(port);
  return async (url, init = {}) => {
    init.signal?.throwIfAborted();
    const request = new Request(url, { method: init.method ?? 'GET' });
    const answer = send(request);
    const aborted = new Promise<never>((_, reject) =>
      init.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error), {
        once: true,
      }),
    );
    return (await Promise.race([answer, aborted])) ?? fetch(url, init);
  };
}

let connectWorker: (() => MessagePort) | undefined;

/**
 * Where other Workers send their API requests: a new port to the demo build's mock API for each
 * (set by mocks/browser.ts), or nothing, and they use the network like the page.
 */
export function answerWorkersFrom(connect: (() => MessagePort) | undefined): void {
  connectWorker = connect;
}

/** A port for one more Worker's API requests, when the API answers Workers that way. */
export function apiPortForWorker(): MessagePort | undefined {
  return connectWorker?.();
}
