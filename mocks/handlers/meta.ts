import { http, HttpResponse, type HttpHandler } from 'msw';
import { apiUrl } from '../api-url';
import { mockProjectCount, type PortfolioSource } from '../data/portfolio';

/** GET /meta → { asOf, source, currency, projectCount }. */
export function createMetaHandlers(source: PortfolioSource): HttpHandler[] {
  return [
    http.get(apiUrl('/meta'), () => {
      // Answered at once, also while the portfolio is still being generated.
      const portfolio = source();
      return HttpResponse.json({ ...portfolio.meta, projectCount: mockProjectCount(portfolio) });
    }),
  ];
}
