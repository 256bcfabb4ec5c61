import { http, HttpResponse, type HttpHandler } from 'msw';
import { apiUrl } from '../api-url';
import type { PortfolioSource } from '../data/portfolio';

/** GET /meta → { asOf, source, currency, projectCount }. */
export function createMetaHandlers(source: PortfolioSource): HttpHandler[] {
  return [
    http.get(apiUrl('/meta'), () => {
      const { meta, projects } = source();
      return HttpResponse.json({ ...meta, projectCount: projects.length });
    }),
  ];
}
