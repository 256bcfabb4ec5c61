import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyFilters } from '@/domain/filters';
import type { ProjectSummary } from '@/domain/project';
import { ExploreProvider } from '@/hooks/portfolio/explore-context';
import { standInWorker } from '@/hooks/portfolio/worker-session.test-utils';
import type { Portfolio } from '@/lib/api/projects';
import { createEngineClient, WORKER_THRESHOLD, type EngineClient } from '@/lib/engine-client';
import { createEngineSessions } from '@/lib/engine-sessions';
import { fakeClientSize } from '@/test/client-size';
import { makeProject } from '@/test/make-project';
import { renderRoute } from '@/test/render-route';
import { TimelineScreen } from './timeline-screen';
import { TEST_BUDGET } from '@/test/budget';

/*
 * Above the Worker threshold the engine holds the portfolio and computes the timeline's rows:
 * the page asks for the window of rows it shows and reads only those rows' projects (their
 * titles), never the whole portfolio, on a filter change, a grouping change or a scroll.
 */

const REGIONS = ['africa', 'asia-oceania', 'europe-central-asia', 'global'] as const;
const COUNT = WORKER_THRESHOLD + 1_000;
const projects: ProjectSummary[] = Array.from({ length: COUNT }, (_, i) =>
  makeProject({
    id: `P.${i}`,
    region: REGIONS[i % REGIONS.length]!,
    status: i % 3 === 0 ? 'ongoing' : 'completed',
    startDate: String(2001 + (i % 25)),
    ...(i % 7 === 0 ? {} : { endDate: String(2003 + (i % 25)) }),
    budgetUsd: 1_000 + i,
  }),
);

/** The projects as the page holds them, counting every read of a project once `counting`. */
function watched(list: ProjectSummary[]) {
  const reads = { count: 0, counting: false };
  const proxy = new Proxy(list, {
    get(target, key, receiver) {
      if (reads.counting && typeof key === 'string' && /^\d+$/.test(key)) reads.count += 1;
      if (reads.counting && key === Symbol.iterator) reads.count += COUNT;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { proxy, reads };
}

// jsdom lays nothing out: give the timeline's scroll box a size so the virtualiser has a window.
fakeClientSize('tl-scroller', { height: 600 });

describe('the timeline of a Worker session', () => {
  it(
    'reads only the projects of the rows it draws, whatever the filters, grouping or scroll',
    { timeout: TEST_BUDGET.largePortfolioTest },
    async () => {
      const { proxy, reads } = watched(projects);
      const portfolio: Portfolio = {
        meta: { asOf: '2026-10-31', source: 'test', currency: 'USD', projectCount: COUNT },
        projects: proxy,
        rejected: [],
        total: COUNT,
      };
      const sessions = createEngineSessions();
      let client: EngineClient | undefined;
      sessions.clientFor(proxy, (list) => {
        client = createEngineClient(list, { createWorker: () => standInWorker() });
        return client;
      });
      expect(client!.inWorker).toBe(true);
      expect(client!.timelineNow).toBeUndefined();
      // Sending the portfolio to the Worker reads it once, before the screen shows anything.
      await client!.compute({ filters: emptyFilters(), sort: [], lang: 'en' });
      reads.counting = true;

      const Screen = () => (
        <ExploreProvider portfolio={portfolio}>
          <TimelineScreen />
        </ExploreProvider>
      );
      const { router } = renderRoute('/timeline?lang=en', {
        routes: () => [{ path: '/timeline', Component: Screen }],
        sessions,
      });
      const n = COUNT.toLocaleString('en');
      const list = await screen.findByRole('list', { name: `Timeline of ${n} projects` });
      await within(list).findByRole('button', { name: /^Africa · / });
      // The drawn rows' projects come with the Worker's window: the page reads none of its own.
      expect(within(list).getAllByRole('link').length).toBeGreaterThan(5);
      expect(reads.count).toBe(0);

      reads.count = 0;
      await act(() => router.navigate('/timeline?lang=en&region=global'));
      await within(list).findByRole('button', { name: /^Global · / });
      expect(list).toHaveAccessibleName(
        `Timeline of ${Math.ceil(COUNT / 4 - 0.25).toLocaleString('en')} projects`,
      );
      expect(reads.count).toBe(0);

      reads.count = 0;
      await act(() => router.navigate('/timeline?lang=en&group=none&zoom=year'));
      await within(list).findAllByRole('link');
      expect(reads.count).toBe(0);

      // Scrolling far down the list: the rows there and their projects come from the Worker.
      reads.count = 0;
      const scroller = list.closest<HTMLElement>('.tl-scroller')!;
      scroller.scrollTop = 45_000 * 30;
      fireEvent.scroll(scroller);
      await waitFor(() => {
        const shown = within(list)
          .getAllByRole('listitem')
          .map((row) => Number(row.getAttribute('aria-posinset')));
        expect(Math.min(...shown)).toBeGreaterThan(44_000);
        expect(within(list).getAllByRole('link').length).toBeGreaterThan(5);
      });
      expect(reads.count).toBe(0);
    },
  );
});
