/*
 * Requests answered over a MessagePort rather than the network: the demo build's mock API
 * (mocks/mock-api.worker.ts) answers the engine's Worker this way, Worker to Worker, so that a
 * large portfolio's pages never pass through the page (see DESIGN §10). A reply's body is
 * transferred, not copied.
 */

export { jsonNumbersOf } from '@/domain/json-numbers';

/** One request sent over the port. */
export interface PortRequest {
  type: 'request';
  id: number;
  method: string;
  url: string;
  /**
   * Ask for a JSON answer's body as a value rather than as bytes (Worker to Worker: structured
   * clone is much cheaper than JSON.stringify, encoding, decoding and JSON.parse of a large page).
   * The answerer may still send bytes.
   */
  value?: true;
}

/** The answer to one request: a response's parts, or `unhandled` (nothing answers that URL). */
export type PortReply =
  | { id: number; status: number; headers: [string, string][]; body: ArrayBuffer }
  /**
   * A JSON body as the value JSON.parse would give (asked for with `value`), except that a list
   * of numbers may be a typed array (transferred; jsonNumbersOf reads it back, parseAnyPage reads
   * a page's as they are).
   */
  | { id: number; status: number; headers: [string, string][]; value: unknown }
  | { id: number; unhandled: true };

/**
 * The buffers of the typed arrays in a value (objects and arrays walked), to transfer them with
 * it rather than copy them: a value answer's lists of numbers may be typed arrays.
 */
export function transfersOf(value: unknown, found: ArrayBuffer[] = []): ArrayBuffer[] {
  if (typeof value !== 'object' || value === null) return found;
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer && !found.includes(value.buffer))
      found.push(value.buffer);
    return found;
  }
  if (Array.isArray(value)) {
    for (const item of value as unknown[])
      if (typeof item === 'object' && item !== null) transfersOf(item, found);
    return found;
  }
  for (const item of Object.values(value)) transfersOf(item, found);
  return found;
}

/** The values of responses made from `value` replies (their own bodies are empty). */
const replyValues = new WeakMap<Response, { value: unknown }>();

/**
 * The JSON body a response carries as a value, when it was answered that way over a port (see
 * PortRequest's `value`): its own body is then empty. Undefined for any other response. Its lists
 * of numbers may still be typed arrays: jsonNumbersOf gives the JSON.
 */
export function valueOfResponse(response: Response): { value: unknown } | undefined {
  return replyValues.get(response);
}

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
  { values = false }: { values?: boolean } = {},
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
      port.postMessage({
        type: 'request',
        id,
        method: request.method,
        url: request.url,
        ...(values ? { value: true as const } : {}),
      });
    });
    if ('unhandled' in reply) return undefined;
    if ('value' in reply) {
      const response = new Response(null, { status: reply.status, headers: reply.headers });
      replyValues.set(response, { value: reply.value });
      return response;
    }
    return new Response(reply.body, { status: reply.status, headers: reply.headers });
  };
}

/**
 * A fetch that asks `port` first and the network for what it does not answer. The signal is
 * honoured as fetch honours it: an aborted request rejects with its reason. With `values`, JSON
 * answers may come as values (read them with valueOfResponse).
 */
export function fetchOver(
  port: RequestPort,
  options: { values?: boolean } = {},
): (url: string, init?: RequestInit) => Promise<Response> {
  const send = requestsOver(port, options);
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
