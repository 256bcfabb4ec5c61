// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { getMockPortfolio, portfolioOf, setMockPortfolio } from '@mocks/data/portfolio';
import { server } from '@mocks/node';
import { setupMockServer } from '@mocks/testing';
import type * as FeedModule from '@/lib/engine-feed';
import type * as ParseModule from '@/domain/parse-record';
import { parseProjectSummaries } from '@/domain/parse-record';
import { fetchPortfolio, IN_THREAD_LIMIT, portfolioSize, VALIDATE_SLICE } from './projects';
import { WorkerLoadFailed } from './worker-load-failed';
import { TEST_BUDGET } from '@/test/budget';

/* A portfolio the engine computes in a Worker: its pages go to the Worker as they arrive. */

const feeds = vi.hoisted(() => ({
  started: [] as { asOf: string | undefined }[],
  pages: [] as { index: number; url: string }[],
  finished: [] as number[],
  /** The page whose fetch finds the Worker stopped (WorkerFailed), if any. */
  crashAt: undefined as number | undefined,
  held: { size: 0, take: () => undefined, ended: false },
}));
vi.mock('@/lib/engine-feed', async (importOriginal) => {
  const actual = await importOriginal<typeof FeedModule>();
  const { anyPageSchema, recordsOfPage } = await import('@/domain/project-pages');
  const { WorkerFailed } = await import('@/lib/worker-client');
  return {
    ...actual,
    startEngineFeed: (asOf: string | undefined): FeedModule.EngineFeed => {
      feeds.started.push({ asOf });
      let held = 0;
      const read = (bytes: ArrayBuffer) => {
        const page = anyPageSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
        const records = recordsOfPage(page);
        if (!records.ok) throw new Error(records.message);
        held += records.items.length;
        return { total: records.total, records: records.items.length };
      };
      return {
        page: (_index, bytes) => Promise.resolve(read(bytes)),
        // The stand-in Worker fetches and reads each page as the real one does, saying who asks.
        fetchPage: async (index, url) => {
          feeds.pages.push({ index, url });
          if (index === feeds.crashAt) throw new WorkerFailed();
          const response = await fetch(url, { headers: { 'x-asked-by': 'engine-worker' } });
          return read(await response.arrayBuffer());
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

// How many records the page's validator takes in each task (a column page's records are
// accepted one by one, a row page's added in batches), and what else ran meanwhile.
const validation = vi.hoisted(() => ({ events: [] as (number | 'other work')[], open: 0 }));
vi.mock('@/domain/parse-record', async (importOriginal) => {
  const actual = await importOriginal<typeof ParseModule>();
  return {
    ...actual,
    createSummaryValidator: (...args: Parameters<typeof actual.createSummaryValidator>) => {
      const validator = actual.createSummaryValidator(...args);
      const taken = (records: number) => {
        if (validation.open === 0) {
          // Runs once this task's synchronous work ends: the records taken in it.
          queueMicrotask(() => {
            validation.events.push(validation.open);
            validation.open = 0;
          });
          // Other work queued now runs only once this task ends.
          if (validation.events.length === 0)
            queueMicrotask(() => validation.events.push('other work'));
        }
        validation.open += records;
      };
      return {
        ...validator,
        add: (inputs: readonly unknown[]) => {
          taken(inputs.length);
          validator.add(inputs);
        },
        accept: (project: Parameters<typeof validator.accept>[0]) => {
          taken(1);
          validator.accept(project);
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
    'has the Worker fetch every column page itself: no page passes through this thread',
    async () => {
      validation.events.length = 0;
      const asked: { url: string; by: string | null }[] = [];
      const listen = ({ request }: { request: Request }) =>
        asked.push({ url: request.url, by: request.headers.get('x-asked-by') });
      server.events.on('request:start', listen);
      setMockPortfolio(portfolioOfSize(60_000)); // six column pages of 10,000
      const portfolio = await fetchPortfolio().finally(() =>
        server.events.removeListener('request:start', listen),
      );
      const pageRequests = asked.filter(({ url }) => new URL(url).pathname === '/api/projects');
      expect(pageRequests).toHaveLength(6);
      expect(pageRequests.every(({ by }) => by === 'engine-worker')).toBe(true);
      expect(portfolio.projects).toBeUndefined();
      expect(portfolio.held).toBe(feeds.held);
      expect(portfolioSize(portfolio)).toBe(60_000);
      expect(portfolio.total).toBe(60_000);
      expect(feeds.started).toEqual([{ asOf: portfolio.meta.asOf }]);
      expect(feeds.pages.map((p) => p.index).sort()).toEqual([0, 1, 2, 3, 4, 5]);
      for (const { url } of feeds.pages) expect(url).toMatch(/^http.*\/api\/projects\?/);
      expect(feeds.finished).toEqual([6]);
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

  it(
    'loads on this thread when the Worker stops while loading a portfolio this thread can hold',
    async () => {
      feeds.crashAt = 2;
      const served = portfolioOfSize(60_000);
      setMockPortfolio(served);
      const portfolio = await fetchPortfolio().finally(() => (feeds.crashAt = undefined));
      const whole = parseProjectSummaries(served.projects, portfolio.meta.asOf);
      expect(portfolio.held).toBeUndefined();
      expect(portfolio.projects).toEqual(whole.projects);
      expect(portfolio.total).toBe(60_000);
    },
    TEST_BUDGET.largePortfolioTest,
  );

  it(
    'says why when the Worker stops while loading a portfolio too large for this thread',
    async () => {
      feeds.crashAt = 0;
      setMockPortfolio(portfolioOfSize(IN_THREAD_LIMIT + 1));
      const loading = fetchPortfolio().finally(() => (feeds.crashAt = undefined));
      await expect(loading).rejects.toBeInstanceOf(WorkerLoadFailed);
      await expect(loading).rejects.toMatchObject({ projectCount: IN_THREAD_LIMIT + 1 });
    },
    TEST_BUDGET.largePortfolioTest,
  );
});
