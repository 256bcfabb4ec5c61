// @vitest-environment jsdom
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  getMockPortfolio,
  portfolioOf,
  setMockPortfolio,
  type MockRecord,
} from '@mocks/data/portfolio';
import { invalidRecordCases } from '@mocks/data/invalid-records';
import { server } from '@mocks/node';
import { setupMockServer } from '@mocks/testing';
import { parseProjectSummaries } from '@/domain/parse-record';
import { ApiError } from './client';
import { COLUMN_PAGE_SIZE } from './project-pages';
import { fetchPortfolio } from './projects';

setupMockServer();

let requests: string[] = [];
const listen = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (url.pathname === '/api/projects') requests.push(url.search);
};
beforeEach(() => {
  requests = [];
  server.events.on('request:start', listen);
});
afterEach(() => server.events.removeListener('request:start', listen));

/** `count` valid projects copied from the sample's first, each with its own id, plus `extra`. */
function largePortfolio(count: number, extra: readonly MockRecord[] = []) {
  const [first] = getMockPortfolio().projects;
  const { description: _d, ...base } = first as Record<string, unknown>;
  const records: MockRecord[] = Array.from({ length: count }, (_, i) => ({
    ...base,
    id: `AV.${i}`,
    year: 2001 + (i % 26),
  }));
  records.splice(3, 0, ...extra);
  setMockPortfolio(portfolioOf(records));
  return records;
}

describe('fetchPortfolio', () => {
  it('loads a small portfolio in one column page, as the row format would', async () => {
    const records = largePortfolio(600);
    const portfolio = await fetchPortfolio();
    expect(requests).toEqual(['?format=columns&offset=0&limit=10000']);
    const expected = parseProjectSummaries(
      JSON.parse(JSON.stringify(records)) as unknown[],
      portfolio.meta.asOf,
    );
    expect(portfolio.projects).toEqual(expected.projects);
  });

  it('loads a larger portfolio in column pages of 10,000, as the row format would', async () => {
    const records = largePortfolio(2 * COLUMN_PAGE_SIZE + 7);
    const portfolio = await fetchPortfolio();
    expect(requests.map((q) => new URLSearchParams(q).get('format'))).toEqual([
      'columns',
      'columns',
      'columns',
    ]);
    expect(requests.map((q) => new URLSearchParams(q).get('offset'))).toEqual([
      '0',
      '10000',
      '20000',
    ]);
    const expected = parseProjectSummaries(
      JSON.parse(JSON.stringify(records)) as unknown[],
      portfolio.meta.asOf,
    );
    expect(portfolio.projects).toEqual(expected.projects);
    expect(portfolio).toMatchObject({ total: records.length, rejected: [] });
  });

  it('lists every invalid record of a portfolio with its reasons, never dropping one', async () => {
    const [first] = getMockPortfolio().projects;
    const cases = invalidRecordCases(first!).filter((c) => c.reason !== 'duplicate_id');
    largePortfolio(
      COLUMN_PAGE_SIZE + 1,
      cases.map((c) => c.record),
    );
    const portfolio = await fetchPortfolio();
    expect(requests[0]).toContain('format=columns');
    expect(portfolio.rejected.map((r) => [r.index, r.id, r.reasons[0]?.code])).toEqual(
      cases.map((c, i) => [3 + i, c.record.id, c.reason]),
    );
    expect(portfolio.projects!.length + portfolio.rejected.length).toBe(portfolio.total);
  });

  it('understands a server that ignores format=columns and sends rows', async () => {
    const records = largePortfolio(COLUMN_PAGE_SIZE + 10);
    server.use(
      http.get('/api/projects', ({ request }) => {
        const offset = Number(new URL(request.url).searchParams.get('offset'));
        return HttpResponse.json({
          total: records.length,
          offset,
          limit: 5000,
          items: records.slice(offset, offset + 5000),
        });
      }),
    );
    const portfolio = await fetchPortfolio();
    expect(portfolio.projects!.map((p) => p.id)).toEqual(records.map((r) => r.id));
  });

  it('validates pages in order whatever order they arrive in, duplicates across pages included', async () => {
    const records = largePortfolio(12_000);
    // The same id as the first record, on the last page: the copy is the one rejected.
    records[11_000] = { ...records[11_000], id: String(records[0]!.id) };
    server.use(
      http.get('/api/projects', async ({ request }) => {
        if (new URL(request.url).searchParams.get('offset') === '5000') await delay(300);
      }),
    );
    const portfolio = await fetchPortfolio();
    expect(portfolio.projects!.map((p) => p.id)).toEqual(
      records.filter((_, i) => i !== 11_000).map((r) => r.id),
    );
    expect(portfolio.rejected).toEqual([
      {
        index: 11_000,
        id: records[0]!.id,
        reasons: [expect.objectContaining({ code: 'duplicate_id' })],
      },
    ]);
  });

  it('refuses a column page whose columns do not agree', async () => {
    largePortfolio(COLUMN_PAGE_SIZE + 1);
    server.use(
      http.get('/api/projects', () =>
        HttpResponse.json({
          total: 2,
          offset: 0,
          limit: 50_000,
          format: 'columns',
          count: 2,
          irregular: [],
          columns: {
            id: ['A'],
            primaId: [],
            title: [],
            budgetUsd: [],
            year: [],
            startDate: { dict: [], codes: [] },
            endDate: { dict: [], codes: [] },
            status: { dict: [], codes: [] },
            type: { dict: [], codes: [] },
            coverage: { dict: [], codes: [] },
            region: { dict: [], codes: [] },
            countries: { dict: [], codes: [], offsets: [0] },
          },
        }),
      ),
    );
    const error = await fetchPortfolio().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'invalid', message: expect.stringContaining('column') });
  });
});
