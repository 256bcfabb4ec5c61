// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { lastDay } from '@/domain/partial-date';
import { newsListSchema, type NewsItem } from '@/domain/project';
import { getMockPortfolio, portfolioOf, setMockPortfolio } from '../data/portfolio';
import { getJson, setupMockServer } from '../testing';

setupMockServer();

async function news(query: string): Promise<NewsItem[]> {
  const { status, body } = await getJson(`/api/news${query}`);
  expect(status).toBe(200);
  return newsListSchema.parse(body).items;
}

const ids = (items: readonly NewsItem[]) => items.map((n) => n.id).sort();
const allNews = () => getMockPortfolio().news;

describe('GET /api/news', () => {
  it('returns the 20 newest items by default, newest first', async () => {
    const items = await news('');
    expect(items).toHaveLength(20);
    const days = items.map((n) => lastDay(n.date));
    expect(days).toEqual([...days].sort((a, b) => b - a));
    const returned = new Set(items.map((n) => n.id));
    const newestElsewhere = Math.max(
      ...allNews()
        .filter((n) => !returned.has(n.id))
        .map((n) => lastDay(n.date)),
    );
    expect(Math.min(...days)).toBeGreaterThanOrEqual(newestElsewhere);
  });

  it('filters by country, ignoring case, and by any of several countries', async () => {
    const cn = await news('?country=cn&limit=100');
    expect(ids(cn)).toEqual(ids(allNews().filter((n) => n.countries.includes('CN'))));
    expect(cn.length).toBeGreaterThanOrEqual(5);
    const several = await news('?country=CN,FR&limit=100');
    expect(ids(several)).toEqual(
      ids(allNews().filter((n) => n.countries.includes('CN') || n.countries.includes('FR'))),
    );
  });

  it('filters by project, and by project and country together', async () => {
    const linked = await news('?project=RR.0083&limit=100');
    expect(linked.length).toBeGreaterThanOrEqual(2);
    expect(ids(linked)).toEqual(ids(allNews().filter((n) => n.projectIds.includes('RR.0083'))));
    expect(ids(await news('?country=CN&project=RR.0083&limit=100'))).toEqual(ids(linked));
    expect(await news('?country=KE&project=RR.0083')).toEqual([]);
  });

  it('honours the limit, up to 100', async () => {
    expect(await news('?country=CN&project=RR.0083&limit=1')).toHaveLength(1);
    expect(await news('?limit=5')).toHaveLength(5);
    const many = Array.from({ length: 150 }, (_, i) => ({
      id: `N-${i}`,
      date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `Item ${i}`,
      summary: '',
      countries: [],
      projectIds: [],
    }));
    setMockPortfolio(portfolioOf([], many));
    expect(await news('?limit=1000')).toHaveLength(100);
  });

  it.each(['limit=0', 'limit=-1', 'limit=many'])('refuses %s with 400', async (query) => {
    const { status, body } = await getJson(`/api/news?${query}`);
    expect(status).toBe(400);
    expect(body).toEqual({ error: 'bad_request', message: expect.stringContaining('limit') });
  });
});
