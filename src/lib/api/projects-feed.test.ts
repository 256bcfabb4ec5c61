// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { getMockPortfolio, portfolioOf, setMockPortfolio } from '@mocks/data/portfolio';
import { setupMockServer } from '@mocks/testing';
import type * as FeedModule from '@/lib/engine-feed';
import type * as ParseModule from '@/domain/parse-record';
import { parseProjectSummaries } from '@/domain/parse-record';
import { fetchPortfolio, portfolioSize, VALIDATE_SLICE } from './projects';
import { TEST_BUDGET } from '@/test/budget';

/* A portfolio the engine computes in a Worker: its pages go to the Worker as they arrive. */

const feeds = vi.hoisted(() => ({
  started: [] as { asOf: string | undefined }[],
  pages: [] as { index: number; bytes: unknown }[],
  finished: [] as number[],
  held: { size: 0, take: () => undefined, ended: false },
}));
vi.mock('@/lib/engine-feed', async (importOriginal) => {
  const actual = await importOriginal<typeof FeedModule>();
  const { anyPageSchema, recordsOfPage } = await import('@/domain/project-pages');
  return {
    ...actual,
    startEngineFeed: (asOf: string | undefined): FeedModule.EngineFeed => {
      feeds.started.push({ asOf });
      let held = 0;
      return {
        // The stand-in Worker reads each page as the real one does.
        page: (index, bytes) => {
          feeds.pages.push({ index, bytes });
          const page = anyPageSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
          const records = recordsOfPage(page);
          if (!records.ok) throw new Error(records.message);
          held += records.items.length;
          return Promise.resolve({ total: records.total, records: records.items.length });
        },
        finish: (pages) => {
          feeds.finished.push(pages);
          feeds.held.size = held;
          return Promise.resolve({ held: feeds.held, rejected: [] });
        },
        cancel: () => undefined,
      };
    },
  };
});

// What the page's validator is given, batch by batch, and what else ran meanwhile.
const validation = vi.hoisted(() => ({ events: [] as (number | 'other work')[] }));
vi.mock('@/domain/parse-record', async (importOriginal) => {
  const actual = await importOriginal<typeof ParseModule>();
  return {
    ...actual,
    createSummaryValidator: (...args: Parameters<typeof actual.createSummaryValidator>) => {
      const validator = actual.createSummaryValidator(...args);
      return {
        ...validator,
        add: (inputs: readonly unknown[]) => {
          // Other work queued now runs only once this task ends.
          if (validation.events.length === 0)
            queueMicrotask(() => validation.events.push('other work'));
          validation.events.push(inputs.length);
          validator.add(inputs);
        },
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
  it(
    'gives the Worker every column page’s bytes as they arrive and keeps no project itself',
    async () => {
      validation.events.length = 0;
      setMockPortfolio(portfolioOfSize(60_000)); // two column pages of 50,000
      const portfolio = await fetchPortfolio();
      expect(portfolio.projects).toBeUndefined();
      expect(portfolio.held).toBe(feeds.held);
      expect(portfolioSize(portfolio)).toBe(60_000);
      expect(portfolio.total).toBe(60_000);
      expect(feeds.started).toEqual([{ asOf: portfolio.meta.asOf }]);
      expect(feeds.pages.map((p) => p.index).sort()).toEqual([0, 1]);
      for (const { bytes } of feeds.pages) expect(bytes).toBeInstanceOf(ArrayBuffer);
      expect(feeds.finished).toEqual([2]);
      // Nothing was validated on this thread: the Worker did it.
      expect(validation.events).toEqual([]);
    },
    TEST_BUDGET.largePortfolioTest,
  );

  it(
    'starts no Worker below the threshold',
    async () => {
      feeds.started.length = 0;
      setMockPortfolio(portfolioOfSize(30_000)); // columns, but computed on this thread
      await fetchPortfolio();
      expect(feeds.started).toEqual([]);
    },
    TEST_BUDGET.largePortfolioTest,
  );

  it(
    'validates its own copy in slices, with other work between them, to the same result',
    async () => {
      validation.events.length = 0;
      const served = portfolioOfSize(21_000); // one column page, computed on this thread
      setMockPortfolio(served);
      const portfolio = await fetchPortfolio();
      const batches = validation.events.filter((e) => typeof e === 'number');
      expect(batches).toEqual([...Array<number>(4).fill(VALIDATE_SLICE), 1_000]);
      // Not one long task: other work ran after the first slice, before the others.
      expect(validation.events.indexOf('other work')).toBe(1);
      const whole = parseProjectSummaries(served.projects, portfolio.meta.asOf);
      expect(portfolio.projects).toEqual(whole.projects);
      expect(portfolio.rejected).toEqual(whole.rejected);
    },
    TEST_BUDGET.largePortfolioTest,
  );
});
