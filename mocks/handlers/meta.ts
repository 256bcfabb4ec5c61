import { mockProjectCount, type PortfolioSource } from '../data/portfolio';
import { jsonResponse, type MockRoute } from '../routes';

/** GET /meta → { asOf, source, currency, projectCount }. */
export function metaRoutes(source: PortfolioSource): MockRoute[] {
  return [
    {
      method: 'GET',
      path: '/meta',
      resolve: () => {
        // Answered at once, also while the portfolio is still being generated.
        const portfolio = source();
        return jsonResponse({ ...portfolio.meta, projectCount: mockProjectCount(portfolio) });
      },
    },
  ];
}
