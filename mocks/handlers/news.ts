import { http, HttpResponse, type HttpHandler } from 'msw';
import { readNewsQuery, selectNews } from '@/domain/api/query';
import { apiUrl } from '../api-url';
import type { PortfolioSource } from '../data/portfolio';
import { apiError } from './respond';

/** GET /news?country=CN&project=RR.0083&limit=5 → { items }, newest first (see selectNews). */
export function createNewsHandlers(source: PortfolioSource): HttpHandler[] {
  return [
    http.get(apiUrl('/news'), async ({ request }) => {
      const query = readNewsQuery(new URL(request.url).searchParams);
      if (!query.ok) return apiError(400, 'bad_request', query.message);
      const portfolio = source();
      await portfolio.ready?.(Infinity);
      return HttpResponse.json({ items: selectNews(portfolio.news, query) });
    }),
  ];
}
