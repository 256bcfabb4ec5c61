import { http, type HttpHandler } from 'msw';
import { apiUrl } from './api-url';
import { createRoutes } from './api-routes';
import { getMockPortfolio, type PortfolioSource } from './data/portfolio';

/**
 * Every endpoint of the API contract (DESIGN §4) as MSW handlers on the current API base (the
 * routes of api-routes.ts), serving the portfolio `source` returns.
 */
export function createHandlers(source: PortfolioSource = getMockPortfolio): HttpHandler[] {
  return createRoutes(source).map(({ method, path, resolve }) =>
    (method === 'GET' ? http.get : http.all)(apiUrl(path), ({ request, params }) =>
      resolve(request, params as Record<string, string>),
    ),
  );
}

/** The happy path on the default base (/api), shared by the dev worker, Vitest and Playwright. */
export const handlers: HttpHandler[] = createHandlers();
