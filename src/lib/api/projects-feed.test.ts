// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { getMockPortfolio, portfolioOf, setMockPortfolio } from '@mocks/data/portfolio';
import { setupMockServer } from '@mocks/testing';
import type * as FeedModule from '@/lib/engine-feed';
import { fetchPortfolio } from './projects';

/* A portfolio the engine computes in a Worker: its pages go to the Worker as they arrive. */

const feeds = vi.hoisted(() => ({
  started: [] as { asOf: string | undefined }[],
  pages: [] as { index: number; bytes: unknown }[],
  finished: [] as { projects: readonly unknown[]; pages: number }[],
}));
vi.mock('@/lib/engine-feed', async (importOriginal) => {
  const actual = await importOriginal<typeof FeedModule>();
  return {
    ...actual,
    startEngineFeed: (asOf: string | undefined): FeedModule.EngineFeed => {
      feeds.started.push({ asOf });
      return {
        page: (index, bytes) => feeds.pages.push({ index, bytes }),
        finish: (projects, pages) => feeds.finished.push({ projects, pages }),
        cancel: () => undefined,
      };
    },
  };
});

setupMockServer();

function portfolioOfSize(count: number) {
  const [first] = getMockPortfolio().projects;
  const { description: _d, ...base } = first as Record<string, unknown>;
  return portfolioOf(Array.from({ length: count }, (_, i) => ({ ...base, id: `AV.${i}` })));
}

describe('fetchPortfolio and the engine’s Worker', () => {
  it('gives the Worker every column page’s bytes as they arrive, then the page’s own result', async () => {
    setMockPortfolio(portfolioOfSize(60_000)); // two column pages of 50,000
    const portfolio = await fetchPortfolio();
    expect(portfolio.projects).toHaveLength(60_000);
    expect(feeds.started).toEqual([{ asOf: portfolio.meta.asOf }]);
    expect(feeds.pages.map((p) => p.index).sort()).toEqual([0, 1]);
    for (const { bytes } of feeds.pages) expect(bytes).toBeInstanceOf(ArrayBuffer);
    expect(feeds.finished).toEqual([{ projects: portfolio.projects, pages: 2 }]);
    expect(feeds.finished[0]!.projects).toBe(portfolio.projects);
  }, 60_000);

  it('starts no Worker below the threshold', async () => {
    feeds.started.length = 0;
    setMockPortfolio(portfolioOfSize(30_000)); // columns, but computed on this thread
    await fetchPortfolio();
    expect(feeds.started).toEqual([]);
  }, 60_000);
});
