import { http, HttpResponse, type HttpHandler } from 'msw';
import { apiUrl } from '../api-url';
import { findRecord, type MockRecord, type PortfolioSource } from '../data/portfolio';
import { apiError, readIntParam } from './respond';

/** The largest page the list endpoint returns; larger requested limits are capped to it. */
export const MAX_PAGE_SIZE = 5000;

/** A record as the list endpoint shows it: every field but the description. */
function toSummary(record: MockRecord): Record<string, unknown> {
  const { description: _description, ...summary } = record as Record<string, unknown>;
  return summary;
}

/**
 * GET /projects?offset=&limit= → one page of summaries with the total, and
 * GET /projects/:id → the full record, or 404 for an unknown id.
 */
export function createProjectHandlers(source: PortfolioSource): HttpHandler[] {
  return [
    http.get(apiUrl('/projects'), ({ request }) => {
      const params = new URL(request.url).searchParams;
      const offset = readIntParam(params, 'offset', 0, 0);
      if (!offset.ok) return apiError(400, 'bad_request', offset.message);
      const limit = readIntParam(params, 'limit', MAX_PAGE_SIZE, 1);
      if (!limit.ok) return apiError(400, 'bad_request', limit.message);
      const { projects } = source();
      const size = Math.min(limit.value, MAX_PAGE_SIZE);
      return HttpResponse.json({
        total: projects.length,
        offset: offset.value,
        limit: size,
        items: projects.slice(offset.value, offset.value + size).map(toSummary),
      });
    }),

    http.get(apiUrl('/projects/:id'), ({ params }) => {
      const id = String(params.id);
      const record = findRecord(source(), id);
      if (!record) return apiError(404, 'not_found', `No project has the ID "${id}".`);
      return HttpResponse.json(record);
    }),
  ];
}
