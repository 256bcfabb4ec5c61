import { http, HttpResponse, type HttpHandler } from 'msw';
import { encodeProjectColumns } from '@/domain/project-columns-encode';
import { perfMeasure, perfNow } from '@/lib/perf/perf-marks';
import { apiUrl } from '../api-url';
import { findRecord, type MockRecord, type PortfolioSource } from '../data/portfolio';
import { apiError, readIntParam } from './respond';

/** The largest page the list endpoint returns; larger requested limits are capped to it. */
export const MAX_PAGE_SIZE = 5000;
/** The largest page in the column format, which is several times more compact per record. */
export const MAX_COLUMN_PAGE_SIZE = 50_000;
const FORMATS = ['rows', 'columns'] as const;

/** A record as the list endpoint shows it: every field but the description. */
function toSummary(record: MockRecord): Record<string, unknown> {
  const { description: _description, ...summary } = record as Record<string, unknown>;
  return summary;
}

/**
 * GET /projects?offset=&limit=[&format=rows|columns] → one page of summaries with the total, as
 * objects (`items`, the default) or as columns (src/domain/project-columns.ts), and
 * GET /projects/:id → the full record, or 404 for an unknown id.
 */
export function createProjectHandlers(source: PortfolioSource): HttpHandler[] {
  return [
    http.get(apiUrl('/projects'), ({ request }) => {
      const params = new URL(request.url).searchParams;
      const offset = readIntParam(params, 'offset', 0, 0);
      if (!offset.ok) return apiError(400, 'bad_request', offset.message);
      const format = params.get('format') ?? 'rows';
      if (!(FORMATS as readonly string[]).includes(format)) {
        return apiError(400, 'bad_request', `format must be ${FORMATS.join(' or ')}; got "${format}"`);
      }
      const maxSize = format === 'columns' ? MAX_COLUMN_PAGE_SIZE : MAX_PAGE_SIZE;
      const limit = readIntParam(params, 'limit', maxSize, 1);
      if (!limit.ok) return apiError(400, 'bad_request', limit.message);
      const { projects } = source();
      const started = perfNow();
      const size = Math.min(limit.value, maxSize);
      const page = { total: projects.length, offset: offset.value, limit: size };
      const summaries = projects.slice(offset.value, offset.value + size).map(toSummary);
      const response =
        format === 'columns'
          ? HttpResponse.json({ ...page, format: 'columns', ...encodeProjectColumns(summaries) })
          : HttpResponse.json({ ...page, items: summaries });
      // The mock's own share of a load, which a real server would spend on its side.
      perfMeasure('mock:page', started, { format, records: summaries.length });
      return response;
    }),

    http.get(apiUrl('/projects/:id'), ({ params }) => {
      const id = String(params.id);
      const record = findRecord(source(), id);
      if (!record) return apiError(404, 'not_found', `No project has the ID "${id}".`);
      return HttpResponse.json(record);
    }),
  ];
}
