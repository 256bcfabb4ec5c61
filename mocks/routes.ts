import { mockApiBase } from './api-url';

/*
 * The mock API's endpoints as plain functions of a request (standard Request and Response): MSW
 * serves them on the page and in tests (handlers.ts), and the mock API's Worker answers with them
 * directly, so that its script carries neither MSW nor its cookie store and starts sooner.
 */

/** Answers one request; `params` holds the path's `:name` parts, decoded. */
export type MockResolver = (
  request: Request,
  params: Record<string, string>,
) => Response | Promise<Response>;

export interface MockRoute {
  /** The HTTP method, or undefined for any. */
  method: 'GET' | undefined;
  /** The path under the API base: `/meta`, `/projects/:id`, or `/*` for anything under it. */
  path: string;
  resolve: MockResolver;
  /**
   * The body of the route's 200 answer as a value (what JSON.parse of `resolve`'s body gives),
   * or undefined when it answers otherwise: a Worker asking over a port takes it as it is, cloned
   * rather than serialised and parsed again. Routes without it always answer with `resolve`.
   */
  value?: (request: Request, params: Record<string, string>) => Promise<unknown>;
}

/** A JSON response with the given status, as the API sends one. */
export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

/** The error body every endpoint uses (DESIGN §4), with its HTTP status. */
export function apiError(status: number, error: string, message: string): Response {
  return jsonResponse({ error, message }, status);
}

/** The path's parameters when `pattern` matches `path` (both under the base), else undefined. */
function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  if (pattern === '/*') return {};
  const want = pattern.split('/');
  const have = path.split('/');
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    if (part.startsWith(':')) {
      if (have[i] === '') return undefined;
      params[part.slice(1)] = decodeURIComponent(have[i]!);
    } else if (part !== have[i]) return undefined;
  }
  return params;
}

/**
 * The first route that matches the request and the path's parameters, or undefined when none
 * does (the request is not under the API base). The base is a path, resolved against `origin`,
 * or a URL.
 */
export function matchRoute(
  routes: readonly MockRoute[],
  request: Request,
  origin: string,
  base: string = mockApiBase(),
): { route: MockRoute; params: Record<string, string> } | undefined {
  const url = new URL(request.url);
  const root = new URL(base, origin);
  const prefix = root.pathname.replace(/\/+$/, '');
  if (url.origin !== root.origin || !url.pathname.startsWith(`${prefix}/`)) return undefined;
  const path = url.pathname.slice(prefix.length);
  for (const route of routes) {
    if (route.method && route.method !== request.method) continue;
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return undefined;
}

/**
 * The response of the first route that matches the request, or undefined when none does (the
 * request is not under the API base). The base is a path, resolved against `origin`, or a URL.
 */
export async function answerWithRoutes(
  routes: readonly MockRoute[],
  request: Request,
  origin: string,
  base: string = mockApiBase(),
): Promise<Response | undefined> {
  const found = matchRoute(routes, request, origin, base);
  return found && (await found.route.resolve(request, found.params));
}
