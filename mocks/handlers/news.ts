import { readNewsQuery, selectNews } from '@/domain/api/query';
import type { PortfolioSource } from '../data/portfolio';
import { apiError, jsonResponse, type MockRoute } from '../routes';

/** GET /news?country=CN&project=RR.0083&limit=5 → { items }, newest first (see selectNews). */
export function newsRoutes(source: PortfolioSource): MockRoute[] {
  return [
    {
      method: 'GET',
      path: '/news',
      resolve: async (request) => {
        const query = readNewsQuery(new URL(request.url).searchParams);
        if (!query.ok) return apiError(400, 'bad_request', query.message);
        const portfolio = source();
        await portfolio.ready?.(Infinity);
        return jsonResponse({ items: selectNews(portfolio.news, query) });
      },
    },
  ];
}
