import { z } from 'zod';
import { apiErrorSchema } from '@/domain/project';
import { jsonNumbersOf } from '@/domain/json-numbers';
import { valueOfResponse } from './port-fetch';

/** Base URL of the data API: VITE_API_BASE_URL, default `/api`. */
export const API_BASE: string =
  (import.meta.env.VITE_API_BASE_URL as string | undefined)?.replace(/\/$/, '') || '/api';

/** How long a request may take before it is abandoned (VITE_API_TIMEOUT_MS, default 15 s). */
export const REQUEST_TIMEOUT_MS = Number(import.meta.env.VITE_API_TIMEOUT_MS ?? 15_000);

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid';

/** A failed request: its kind, HTTP status where there is one, and the server's message. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly code: string | undefined;

  constructor(kind: ApiErrorKind, message: string, status?: number, code?: string) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.code = code;
  }

  /** Worth trying again: the network, a time-out or a server error, not a 4xx or bad data. */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.status ?? 0) >= 500)
    );
  }
}

let apiReady: Promise<unknown> = Promise.resolve();
let apiFetch: ((url: string, init: RequestInit) => Promise<Response>) | undefined;

/**
 * Sends the API's requests with `send` rather than the network (undefined: the network again):
 * the demo build's mock API answers them from its Worker over a port (src/lib/api/port-fetch.ts).
 */
export function sendApiRequestsWith(
  send: ((url: string, init: RequestInit) => Promise<Response>) | undefined,
): void {
  apiFetch = send;
}

/**
 * Requests wait for `ready` before they are sent: the demo build's mock API answers only once its
 * service worker runs, and the app renders and loads its chunks meanwhile rather than after it.
 * A failure of `ready` fails every request waiting for it.
 */
export function waitForApi(ready: Promise<unknown>): void {
  apiReady = ready;
}

function withTimeout(
  signal: AbortSignal | undefined,
  ms: number,
): { signal: AbortSignal; timedOut: () => boolean } {
  const timeout = AbortSignal.timeout(ms);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  return { signal: combined, timedOut: () => timeout.aborted };
}

/** The URL of an API path with query parameters. */
export function apiUrl(path: string, params?: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  const qs = query.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

/**
 * GETs a JSON resource and validates it with a schema. Every failure becomes an ApiError whose
 * message is the server's own when it sent one.
 */
export async function getJson<S extends z.ZodType>(
  url: string,
  schema: S,
  options: { signal?: AbortSignal; timeoutMs?: number; typedLists?: boolean } = {},
): Promise<z.infer<S>> {
  return (await request(url, schema, options, false)).data;
}

/**
 * The response's bytes (UTF-8 JSON), unparsed, for another thread to read: they can be
 * transferred to a Worker rather than parsed here. An error response is read as getJson reads it.
 */
export async function getBytes(url: string, options: RequestOptions = {}): Promise<ArrayBuffer> {
  return (await request(url, z.unknown(), options, true)).bytes!;
}

/** How a request is made: abandoned on `signal`, after `timeoutMs`, sent with `fetch`. */
interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** The fetch to send it with (default the global one). */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /**
   * Leave a value answer's typed arrays as they came (a column page, which parseAnyPage reads so)
   * instead of making them JSON's numbers first.
   */
  typedLists?: boolean;
}

async function request<S extends z.ZodType>(
  url: string,
  schema: S,
  options: RequestOptions,
  keepBytes: boolean,
): Promise<{ data: z.infer<S>; bytes: ArrayBuffer | undefined }> {
  await apiReady;
  const { signal, timedOut } = withTimeout(options.signal, options.timeoutMs ?? REQUEST_TIMEOUT_MS);
  let response: Response;
  try {
    response = await (options.fetch ?? apiFetch ?? fetch)(url, {
      signal,
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    if (timedOut())
      throw new ApiError(
        'timeout',
        `No answer from ${url} within ${options.timeoutMs ?? REQUEST_TIMEOUT_MS} ms`,
      );
    if (options.signal?.aborted) throw error;
    throw new ApiError('network', error instanceof Error ? error.message : String(error));
  }
  let body: unknown;
  let bytes: ArrayBuffer | undefined;
  try {
    if (keepBytes && response.ok) {
      bytes = await response.arrayBuffer();
      return { data: undefined as z.infer<S>, bytes };
    }
    // A JSON answer sent over a port as a value (port-fetch.ts) is taken as it is, its lists of
    // numbers made JSON's unless the caller reads typed arrays.
    const value = valueOfResponse(response);
    if (!value) body = await response.json();
    else body = options.typedLists ? value.value : jsonNumbersOf(value.value);
  } catch {
    throw new ApiError(
      response.ok ? 'invalid' : 'http',
      `The response from ${url} is not JSON`,
      response.status,
    );
  }
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body);
    throw new ApiError(
      'http',
      parsed.success ? parsed.data.message : `HTTP ${response.status}`,
      response.status,
      parsed.success ? parsed.data.error : undefined,
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      'invalid',
      `The response from ${url} does not match the API contract: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  return { data: parsed.data as z.infer<S>, bytes };
}
