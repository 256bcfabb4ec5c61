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
   * of numbers may be a typed array (transferred; jsonNumbersOf reads it back).
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

// One loop per kind of typed array, each written into an array of its final length: a loop
// that sees both kinds, or grows its array, is about twice as slow (a million projects' pages
// hold some twenty million numbers).

/** Whole numbers: never NaN nor -0. */
function ints(typed: Int32Array): number[] {
  const out = new Array<number>(typed.length);
  for (let i = 0; i < typed.length; i++) out[i] = typed[i]!;
  return out;
}

/** Amounts: NaN and infinities null, -0 0, as JSON writes them. */
function floats(typed: ArrayLike<number>): (number | null)[] {
  const out = new Array<number | null>(typed.length);
  for (let i = 0; i < typed.length; i++) {
    const n = typed[i]!;
    out[i] = n - n === 0 ? n + 0 : null;
  }
  return out;
}

/**
 * A value answer as JSON.parse would give it: each typed array in it (a list of numbers sent
 * so) becomes an array of JSON's numbers — NaN and infinities null, -0 0. Changed in place.
 */
export function jsonNumbersOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Float64Array) return floats(value);
  if (value instanceof Int32Array) return ints(value);
  if (ArrayBuffer.isView(value)) return floats(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) {
    const list = value as unknown[];
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item === 'object' && item !== null) list[i] = jsonNumbersOf(item);
    }
    return list;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = jsonNumbersOf(record[key]);
  return record;
}

/** The values of responses made from `value` replies (their own bodies are empty). */
const replyValues = new WeakMap<Response, { value: unknown }>();

/**
 * The JSON body a response carries as a value, when it was answered that way over a port (see
 * PortRequest's `value`): its own body is then empty. Undefined for any other response.
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
      replyValues.set(response, { value: jsonNumbersOf(reply.value) });
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
