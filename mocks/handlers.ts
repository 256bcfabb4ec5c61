import { http, type HttpHandler } from 'msw';
import { apiUrl } from './api-url';
import { getMockPortfolio, type PortfolioSource } from './data/portfolio';
import { createMetaHandlers } from './handlers/meta';
import { createNewsHandlers } from './handlers/news';
import { createProjectHandlers } from './handlers/projects';
import { apiError } from './handlers/respond';

/**
 * Every endpoint of the API contract (DESIGN §4), serving the portfolio `source` returns, on the
 * current API base. Unknown paths under the base answer a JSON 404 rather than reaching the dev
 * server, which would answer with the app's HTML.
 */
export function createHandlers(source: PortfolioSource = getMockPortfolio): HttpHandler[] {
  return [
    ...createMetaHandlers(source),
    ...createProjectHandlers(source),
    ...createNewsHandlers(source),
    http.all(apiUrl('/*'), ({ request }) =>
      apiError(404, 'not_found', `No endpoint ${request.method} ${new URL(request.url).pathname}.`),
    ),
  ];
}

/** The happy path on the default base (/api), shared by the dev worker, Vitest and Playwright. */
export const handlers: HttpHandler[] = createHandlers();
