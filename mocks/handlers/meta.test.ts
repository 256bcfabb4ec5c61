// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { metaSchema } from '@/domain/project';
import { getMockPortfolio, portfolioOf, setMockPortfolio } from '../data/portfolio';
import { getJson, setupMockServer } from '../testing';

setupMockServer();

describe('GET /api/meta', () => {
  it('describes the default sample portfolio', async () => {
    const { status, body } = await getJson('/api/meta');
    expect(status).toBe(200);
    expect(metaSchema.parse(body)).toEqual({
      asOf: '2026-10-31',
      source: getMockPortfolio().meta.source,
      currency: 'USD',
      projectCount: 600,
    });
  });

  it('counts the records of whatever portfolio is being served', async () => {
    setMockPortfolio(portfolioOf(getMockPortfolio().projects.slice(0, 7)));
    const { body } = await getJson('/api/meta');
    expect(body).toMatchObject({ projectCount: 7 });
  });
});
