// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { projectSchema } from '@/domain/project';
import { createHandlers } from '../handlers';
import { setMockApiBase } from '../api-url';
import { getMockPortfolio, setMockPortfolio } from '../data/portfolio';
import { server } from '../node';
import { getJson, setupMockServer } from '../testing';

setupMockServer();

interface Page {
  total: number;
  offset: number;
  limit: number;
  items: Record<string, unknown>[];
}

async function page(query: string): Promise<Page> {
  const { status, body } = await getJson(`/api/projects${query}`);
  expect(status).toBe(200);
  return body as Page;
}

const idsOf = (items: readonly { id?: unknown }[]) => items.map((item) => item.id);

describe('GET /api/projects', () => {
  it('returns every project as a summary without its description by default', async () => {
    const { projects } = getMockPortfolio();
    const body = await page('');
    expect(body).toMatchObject({ total: 600, offset: 0, limit: 5000 });
    expect(body.items).toHaveLength(600);
    expect(body.items.some((item) => 'description' in item)).toBe(false);
    const expected = projects.map(({ description: _d, ...summary }) =>
      JSON.parse(JSON.stringify(summary)),
    );
    expect(body.items).toEqual(expected);
  });

  it('pages from offset 0 and ends with a partial last page', async () => {
    const ids = idsOf(getMockPortfolio().projects);
    const first = await page('?offset=0&limit=250');
    expect(first).toMatchObject({ total: 600, offset: 0, limit: 250 });
    expect(idsOf(first.items)).toEqual(ids.slice(0, 250));
    const last = await page('?offset=500&limit=250');
    expect(last).toMatchObject({ total: 600, offset: 500, limit: 250 });
    expect(idsOf(last.items)).toEqual(ids.slice(500));
  });

  it.each([600, 601, 10_000])(
    'returns no items but the total at offset %i (at or past the end)',
    async (offset) => {
      expect(await page(`?offset=${offset}&limit=100`)).toEqual({
        total: 600,
        offset,
        limit: 100,
        items: [],
      });
    },
  );

  it('caps the limit at 5000, and its pages put together give the whole portfolio in order', async () => {
    const portfolio = generatePortfolio({ count: 12_003, seed: 4 });
    setMockPortfolio(portfolio);
    const pages = await Promise.all(
      [0, 5000, 10_000].map((offset) => page(`?offset=${offset}&limit=999999`)),
    );
    expect(pages.map((p) => [p.limit, p.items.length])).toEqual([
      [5000, 5000],
      [5000, 5000],
      [5000, 2003],
    ]);
    expect(pages.flatMap((p) => idsOf(p.items))).toEqual(idsOf(portfolio.projects));
  });

  it.each([
    'offset=-1',
    'offset=abc',
    'offset=1.5',
    'offset=',
    'limit=0',
    'limit=-5',
    'limit=ten',
    'limit=1e3',
  ])('refuses %s with 400 and a message naming the parameter', async (query) => {
    const { status, body } = await getJson(`/api/projects?${query}`);
    expect(status).toBe(400);
    expect(body).toEqual({
      error: 'bad_request',
      message: expect.stringContaining(query.split('=')[0]!),
    });
  });
});

describe('GET /api/projects/:id', () => {
  it('returns the full record with its description', async () => {
    const { status, body } = await getJson('/api/projects/RR.0083');
    expect(status).toBe(200);
    const project = projectSchema.parse(body);
    expect(project).toEqual(getMockPortfolio().projects.find((p) => p.id === 'RR.0083'));
    expect(project.description.length).toBeGreaterThan(100);
  });

  it('answers 404 with a JSON error naming an unknown id', async () => {
    const { status, body } = await getJson('/api/projects/XX.9999');
    expect(status).toBe(404);
    expect(body).toEqual({ error: 'not_found', message: expect.stringContaining('XX.9999') });
  });
});

describe('the API base', () => {
  it('answers unknown paths under the base with a JSON 404', async () => {
    const { status, body } = await getJson('/api/nothing-here');
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: 'not_found' });
  });

  it('can live elsewhere, e.g. on another origin', async () => {
    setMockApiBase('https://data.example.org/v2/');
    try {
      server.use(...createHandlers());
    } finally {
      setMockApiBase('/api');
    }
    const { status, body } = await getJson('https://data.example.org/v2/meta');
    expect(status).toBe(200);
    expect(body).toMatchObject({ projectCount: 600 });
  });
});
