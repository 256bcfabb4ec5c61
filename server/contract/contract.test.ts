// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastDay } from '@/domain/partial-date';
import { metaSchema, newsListSchema, projectSchema, type NewsItem } from '@/domain/project';
import { decodeProjectColumns, projectColumnsPageSchema } from '@/domain/project-columns';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { portfolioOf, type MockPortfolio } from '@mocks/data/portfolio';
import { mswTarget, samplePortfolio, serverTargets, type ApiTarget } from './targets';
import { TEST_BUDGET } from '@/test/budget';

/*
 * The API contract (DESIGN §4), one test code for every target: the mock API the dashboard
 * develops against, and the data service on PGlite and (with TEST_DATABASE_URL) on PostgreSQL.
 * Then, request by request, the data service must send the very bytes the mock API sends.
 */

const msw = mswTarget();
const targets: ApiTarget[] = [msw, ...serverTargets()];

beforeAll(async () => {
  for (const target of targets) await target.start();
}, TEST_BUDGET.serverStart);
afterAll(async () => {
  for (const target of targets) await target.stop();
});

async function getJson(target: ApiTarget, path: string) {
  const response = await fetch(`${target.base}${path}`);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as unknown, text, response };
}

const sample = samplePortfolio();
let big: MockPortfolio | undefined;
/** A portfolio of more than one row page, without descriptions (only pages are read). */
const bigPortfolio = () =>
  (big ??= (() => {
    const generated = generatePortfolio({ count: 6003, seed: 4, newsCount: 0 });
    return portfolioOf(generated.projects.map(({ description: _d, ...rest }) => rest));
  })());
const idsOf = (items: readonly { id?: unknown }[]) => items.map((item) => item.id);

interface Page {
  total: number;
  offset: number;
  limit: number;
  items: Record<string, unknown>[];
}

describe.each(targets)('the API contract on $name', (target) => {
  const page = async (query: string): Promise<Page> => {
    const { status, body } = await getJson(target, `/projects${query}`);
    expect(status).toBe(200);
    return body as Page;
  };
  const columnsPage = async (query: string) => {
    const { status, body } = await getJson(target, `/projects?format=columns${query}`);
    expect(status).toBe(200);
    const parsed = projectColumnsPageSchema.parse(body);
    const decoded = decodeProjectColumns(parsed);
    if (!decoded.ok) throw new Error(decoded.message);
    return { ...parsed, records: decoded.records as Record<string, unknown>[] };
  };
  const news = async (query: string): Promise<NewsItem[]> => {
    const { status, body } = await getJson(target, `/news${query}`);
    expect(status).toBe(200);
    return newsListSchema.parse(body).items;
  };

  describe('on the sample portfolio', () => {
    beforeAll(() => target.load(sample));

    it('GET /meta describes the portfolio and counts its projects', async () => {
      const { status, body } = await getJson(target, '/meta');
      expect(status).toBe(200);
      expect(metaSchema.parse(body)).toEqual({
        asOf: '2026-10-31',
        source: sample.meta.source,
        currency: 'USD',
        projectCount: 600,
      });
    });

    it('GET /projects returns every project as a summary, without its description', async () => {
      const body = await page('');
      expect(body).toMatchObject({ total: 600, offset: 0, limit: 5000 });
      const expected = sample.projects.map(({ description: _d, ...summary }) =>
        JSON.parse(JSON.stringify(summary)),
      );
      expect(body.items).toEqual(expected);
    });

    it('pages from offset 0 and ends with a partial last page', async () => {
      const ids = idsOf(sample.projects);
      const first = await page('?offset=0&limit=250');
      expect(first).toMatchObject({ total: 600, offset: 0, limit: 250 });
      expect(idsOf(first.items)).toEqual(ids.slice(0, 250));
      const last = await page('?offset=500&limit=250');
      expect(idsOf(last.items)).toEqual(ids.slice(500));
    });

    it.each([600, 601, 10_000])('returns no items but the total at offset %i', async (offset) => {
      expect(await page(`?offset=${offset}&limit=100`)).toEqual({
        total: 600,
        offset,
        limit: 100,
        items: [],
      });
    });

    it('the column format holds the same records as the row format, in the same order', async () => {
      const columns = await columnsPage('&offset=100&limit=250');
      expect(columns).toMatchObject({ total: 600, offset: 100, limit: 250, count: 250 });
      expect(columns.records).toStrictEqual((await page('?offset=100&limit=250')).items);
      const past = await columnsPage('&offset=600&limit=100');
      expect(past).toMatchObject({ count: 0, irregular: [], records: [] });
      expect(past.columns.countries.offsets).toEqual([0]);
    });

    it('GET /projects/:id returns the full record with its description', async () => {
      const { status, body } = await getJson(target, '/projects/RR.0083');
      expect(status).toBe(200);
      expect(projectSchema.parse(body)).toEqual(sample.projects.find((p) => p.id === 'RR.0083'));
    });

    it.each(['XX.9999', '..%2F..%2Fetc%2Fpasswd', '%00', 'RR.0083%3Bdrop', 'RR.0083%20'])(
      'GET /projects/%s answers a JSON 404',
      async (id) => {
        const { status, body } = await getJson(target, `/projects/${id}`);
        expect(status).toBe(404);
        expect(body).toEqual({ error: 'not_found', message: expect.stringContaining('ID') });
      },
    );

    it.each([
      'offset=-1',
      'offset=abc',
      'offset=1.5',
      'offset=',
      `offset=${'9'.repeat(30)}`,
      'limit=0',
      'limit=-5',
      'limit=ten',
      'limit=1e3',
      'format=csv',
      'format=',
      'format=columns&limit=0',
      'format=columns&offset=-1',
    ])('GET /projects?%s answers 400 with a message naming the parameter', async (query) => {
      const { status, body, text } = await getJson(target, `/projects?${query}`);
      expect(status).toBe(400);
      const param = query.split('&').at(-1)!.split('=')[0]!;
      expect(body).toEqual({ error: 'bad_request', message: expect.stringContaining(param) });
      expect(text).not.toMatch(/ at .*\(|node_modules|\.ts:\d/);
    });

    it('caps a huge limit to the largest page', async () => {
      expect((await page('?limit=999999999')).limit).toBe(5000);
      expect((await columnsPage('&limit=999999999')).limit).toBe(50_000);
    });

    it('GET /news gives the 20 newest items by default, newest first', async () => {
      const items = await news('');
      expect(items).toHaveLength(20);
      const days = items.map((n) => lastDay(n.date));
      expect(days).toEqual([...days].sort((a, b) => b - a));
    });

    it('GET /news filters by country (any case, several) and by project', async () => {
      const cn = await news('?country=cn&limit=100');
      const expected = sample.news.filter((n) => n.countries.includes('CN'));
      expect(idsOf(cn).sort()).toEqual(idsOf(expected).sort());
      const linked = await news('?project=RR.0083&limit=100');
      expect(idsOf(linked).sort()).toEqual(
        idsOf(sample.news.filter((n) => n.projectIds.includes('RR.0083'))).sort(),
      );
      expect(await news('?country=KE&project=RR.0083')).toEqual([]);
    });

    it.each(['limit=0', 'limit=-1', 'limit=many'])('GET /news?%s answers 400', async (query) => {
      const { status, body } = await getJson(target, `/news?${query}`);
      expect(status).toBe(400);
      expect(body).toEqual({ error: 'bad_request', message: expect.stringContaining('limit') });
    });

    it('answers unknown paths under the API with a JSON 404', async () => {
      const { status, body } = await getJson(target, '/nothing-here');
      expect(status).toBe(404);
      expect(body).toMatchObject({ error: 'not_found' });
    });
  });

  describe('on other portfolios', () => {
    it('serves an empty portfolio', async () => {
      await target.load(portfolioOf([]));
      expect((await getJson(target, '/meta')).body).toMatchObject({ projectCount: 0 });
      expect(await page('')).toEqual({ total: 0, offset: 0, limit: 5000, items: [] });
      expect(await news('')).toEqual([]);
    });

    it(
      'caps row pages at 5,000, and pages of either format join into the whole portfolio',
      async () => {
        const big = bigPortfolio();
        await target.load(big);
        const rows = await Promise.all([0, 5000].map((o) => page(`?offset=${o}&limit=999999`)));
        expect(rows.map((p) => [p.total, p.limit, p.items.length])).toEqual([
          [6003, 5000, 5000],
          [6003, 5000, 1003],
        ]);
        expect(rows.flatMap((p) => idsOf(p.items))).toEqual(idsOf(big.projects));
        // Column pages are not capped at 5,000.
        const columns = await Promise.all(
          [0, 5500].map((o) => columnsPage(`&offset=${o}&limit=5500`)),
        );
        expect(columns.map((p) => p.count)).toEqual([5500, 503]);
        expect(columns.flatMap((p) => p.records)).toStrictEqual(rows.flatMap((p) => p.items));
      },
      TEST_BUDGET.serverStart,
    );
  });
});

describe.each(targets.filter((t) => t !== msw))(
  '$name sends the bytes the mock API sends',
  (target) => {
    beforeAll(() => Promise.all([msw.load(sample), target.load(sample)]));

    it.each([
      '/meta',
      '/projects',
      '/projects?offset=17&limit=33',
      '/projects?format=columns',
      '/projects?format=columns&offset=590&limit=20',
      '/projects/RR.0083',
      '/projects/LM.0001',
      '/projects/XX.9999',
      '/news',
      '/news?country=CN,fr&limit=7',
      '/projects?limit=abc',
      '/news?limit=0',
      '/nothing',
    ])('GET %s', async (path) => {
      const expected = await getJson(msw, path);
      const actual = await getJson(target, path);
      expect(actual.status).toBe(expected.status);
      expect(actual.text).toBe(expected.text);
      expect(actual.response.headers.get('content-type')).toMatch(/^application\/json/);
    });
  },
);
