import { encodeProjectColumns } from '@backend/project-columns-encode';
import { readProjectPageQuery, toSummary } from '@/domain/api/query';
import { perfMeasure, perfNow } from '@/lib/perf/perf-marks';
import {
  columnsOf,
  findRecord,
  isGeneratedPortfolio,
  mockProjectCount,
  recordsOf,
  type PortfolioSource,
} from '../data/portfolio';
import { apiError, jsonResponse, type MockRoute } from '../routes';

/**
 * GET /projects?offset=&limit=[&format=rows|columns] → one page of summaries with the total, as
 * objects (`items`, the default) or as columns (src/domain/project-columns.ts), and
 * GET /projects/:id → the full record, or 404 for an unknown id.
 */
export function projectRoutes(source: PortfolioSource): MockRoute[] {
  return [
    {
      method: 'GET',
      path: '/projects',
      resolve: async (request) => {
        const query = readProjectPageQuery(new URL(request.url).searchParams);
        if (!query.ok) return apiError(400, 'bad_request', query.message);
        const { format } = query;
        const portfolio = source();
        // A portfolio still being generated: this page is served as soon as its projects exist.
        await portfolio.ready?.(query.offset + query.limit);
        const started = perfNow();
        const total = mockProjectCount(portfolio);
        const page = { total, offset: query.offset, limit: query.limit };
        const encodeColumns = () => {
          // A portfolio kept in columns: the page is cut from them, without an object per project.
          const cut = columnsOf(portfolio, query.offset, query.limit);
          if (cut) return cut;
          const records = recordsOf(portfolio, query.offset, query.limit);
          // Generated projects fit the columns as they are: encoded without a summary copy each.
          return isGeneratedPortfolio(portfolio)
            ? encodeProjectColumns(records, true)
            : encodeProjectColumns(records.map(toSummary));
        };
        const body =
          format === 'columns'
            ? { ...page, format: 'columns', ...encodeColumns() }
            : { ...page, items: recordsOf(portfolio, query.offset, query.limit).map(toSummary) };
        const response = jsonResponse(body);
        // The mock's own share of a load, which a real server would spend on its side.
        perfMeasure('mock:page', started, {
          format,
          records: 'items' in body ? body.items.length : body.count,
        });
        return response;
      },
      // A column page of a portfolio kept in columns, as a value: cut from the columns with its
      // lists of numbers as typed arrays, transferred; the receiver reads them back as JSON's
      // numbers (port-fetch.ts), so the value is what JSON.parse of the bytes above gives.
      value: async (request) => {
        const query = readProjectPageQuery(new URL(request.url).searchParams);
        if (!query.ok || query.format !== 'columns') return undefined;
        const portfolio = source();
        await portfolio.ready?.(query.offset + query.limit);
        const started = perfNow();
        const cut = columnsOf(portfolio, query.offset, query.limit, { typed: true });
        if (!cut) return undefined;
        const total = mockProjectCount(portfolio);
        perfMeasure('mock:page', started, { format: 'columns', records: cut.count });
        return { total, offset: query.offset, limit: query.limit, format: 'columns', ...cut };
      },
    },
    {
      method: 'GET',
      path: '/projects/:id',
      resolve: async (_request, params) => {
        const id = String(params.id);
        const portfolio = source();
        await portfolio.ready?.(Infinity);
        const record = findRecord(portfolio, id);
        if (!record) return apiError(404, 'not_found', `No project has the ID "${id}".`);
        return jsonResponse(record);
      },
    },
  ];
}
