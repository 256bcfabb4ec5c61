import { getMockPortfolio, type PortfolioSource } from './data/portfolio';
import { metaRoutes } from './handlers/meta';
import { newsRoutes } from './handlers/news';
import { projectRoutes } from './handlers/projects';
import { apiError, type MockRoute } from './routes';

/**
 * Every endpoint of the API contract (DESIGN §4), serving the portfolio `source` returns. Unknown
 * paths under the base answer a JSON 404 rather than reaching the dev server, which would answer
 * with the app's HTML. Free of MSW: the mock API's Worker answers with these directly.
 */
export function createRoutes(source: PortfolioSource = getMockPortfolio): MockRoute[] {
  return [
    ...metaRoutes(source),
    ...projectRoutes(source),
    ...newsRoutes(source),
    {
      method: undefined,
      path: '/*',
      resolve: (request) =>
        apiError(
          404,
          'not_found',
          `No endpoint ${request.method} ${new URL(request.url).pathname}.`,
        ),
    },
  ];
}
