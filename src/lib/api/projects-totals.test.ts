// @vitest-environment jsdom
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getMockPortfolio } from '@mocks/data/portfolio';
import { server } from '@mocks/node';
import { setupMockServer } from '@mocks/testing';
import { fetchPortfolio } from './projects';

setupMockServer();

let requests = 0;
const count = ({ request }: { request: Request }) => {
  if (new URL(request.url).pathname === '/api/projects') requests++;
};
beforeEach(() => {
  requests = 0;
  server.events.on('request:start', count);
});
afterEach(() => server.events.removeListener('request:start', count));

/** The sample's 600 records in pages of `pageSize`, each page announcing `total`. */
function servePagesAnnouncing(total: (offset: number) => number, pageSize = 100) {
  const records = getMockPortfolio().projects;
  server.use(
    http.get('/api/projects', ({ request }) => {
      const offset = Number(new URL(request.url).searchParams.get('offset') ?? 0);
      const items = records.slice(offset, offset + pageSize);
      return HttpResponse.json({ total: total(offset), offset, limit: pageSize, items });
    }),
  );
}

describe('the client checks the totals the server announces', () => {
  it('stops at the first empty page when the total is inflated, and fails the load', async () => {
    servePagesAnnouncing(() => 1_000_000_000);
    await expect(fetchPortfolio()).rejects.toThrow(
      'The API announced 1000000000 projects but sent 600',
    );
    // Six pages of data, then at most one empty page per parallel lane.
    expect(requests).toBeLessThanOrEqual(6 + 4);
  });

  it('fails the load when the server sends more than it announced', async () => {
    servePagesAnnouncing(() => 10, 600);
    await expect(fetchPortfolio()).rejects.toThrow('The API announced 10 projects but sent 600');
  });

  it('fails the load when the pages disagree on the total', async () => {
    servePagesAnnouncing((offset) => (offset === 0 ? 600 : 500));
    await expect(fetchPortfolio()).rejects.toThrow(
      'The API announced 600 projects, then 500 on a later page',
    );
  });

  it('loads as usual when the total is right', async () => {
    servePagesAnnouncing(() => 600);
    const portfolio = await fetchPortfolio();
    expect(portfolio.total).toBe(600);
    expect(portfolio.projects!.length + portfolio.rejected.length).toBe(600);
    expect(requests).toBe(6);
  });
});
