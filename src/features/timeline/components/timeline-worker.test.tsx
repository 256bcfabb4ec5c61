import type { ReactNode } from 'react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { onTestFinished } from 'vitest';
import { describe, expect, it } from 'vitest';
import { emptyFilters } from '@/domain/filters';
import type { ProjectSummary } from '@/domain/project';
import { ExploreProvider, useExplore } from '@/hooks/portfolio/explore-context';
import { standInWorker } from '@/hooks/portfolio/worker-session.test-utils';
import type { Portfolio } from '@/lib/api/projects';
import {
  createEngineClient,
  WORKER_THRESHOLD,
  type EngineClient,
  type EngineWorker,
} from '@/lib/engine-client';
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

/** A Worker session over `list` (its Worker a stand-in, made by `createWorker`) and its portfolio. */
function workerSession(list: ProjectSummary[], createWorker: () => EngineWorker) {
  const portfolio: Portfolio = {
    meta: { asOf: '2026-10-31', source: 'test', currency: 'USD', projectCount: COUNT },
    projects: list,
    rejected: [],
    total: COUNT,
  };
  const sessions = createEngineSessions();
  let client: EngineClient | undefined;
  sessions.clientFor(list, (held) => {
    client = createEngineClient(held, { createWorker });
    return client;
  });
  return { portfolio, sessions, client: client! };
}

/** The timeline screen of that session (beside `Extra`), once its first rows are drawn. */
async function renderTimeline(
  { portfolio, sessions }: ReturnType<typeof workerSession>,
  Extra: () => ReactNode = () => null,
) {
  const Screen = () => (
    <ExploreProvider portfolio={portfolio}>
      <TimelineScreen />
      <Extra />
    </ExploreProvider>
  );
  const { router } = renderRoute('/timeline?lang=en', {
    routes: () => [{ path: '/timeline', Component: Screen }],
    sessions,
  });
  const list = await screen.findByRole('list', {
    name: `Timeline of ${COUNT.toLocaleString('en')} projects`,
  });
  await within(list).findByRole('button', { name: /^Africa · / });
  return { router, list };
}

describe('the timeline of a Worker session', () => {
  it(
    'reads only the projects of the rows it draws, whatever the filters, grouping or scroll',
    { timeout: TEST_BUDGET.largePortfolioTest },
    async () => {
      const { proxy, reads } = watched(projects);
      const session = workerSession(proxy, () => standInWorker());
      const { client } = session;
      expect(client.inWorker).toBe(true);
      expect(client.timelineNow).toBeUndefined();
      // Sending the portfolio to the Worker reads it once, before the screen shows anything.
      await client.compute({ filters: emptyFilters(), sort: [], lang: 'en' });
      reads.counting = true;

      const { router, list } = await renderTimeline(session);
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

  it(
    'draws the rows of a new filter into the rows already drawn, keyed by position',
    { timeout: TEST_BUDGET.largePortfolioTest },
    async () => {
      const { router, list } = await renderTimeline(workerSession(projects, () => standInWorker()));
      const rowAt = () =>
        new Map(
          within(list)
            .getAllByRole('listitem')
            .map((row) => [row.getAttribute('aria-posinset'), row] as const),
        );
      const before = rowAt();
      const names = new Map(
        [...before].map(([at, row]) => [at, row.querySelector('a')?.getAttribute('aria-label')]),
      );

      await act(() => router.navigate('/timeline?lang=en&region=global'));
      await within(list).findByRole('button', { name: /^Global · / });
      await waitFor(() => expect(list).toHaveAttribute('aria-busy', 'false'));
      // The project rows at the same places are the same elements, now naming other projects.
      let kept = 0;
      for (const [at, row] of rowAt()) {
        const link = row.querySelector('a');
        if (!link || !names.get(at)) continue;
        expect(row).toBe(before.get(at));
        expect(link.getAttribute('aria-label')).not.toBe(names.get(at));
        kept += 1;
      }
      expect(kept).toBeGreaterThan(5);
    },
  );

  it(
    'asks for the filters requested with the view, in one round trip, and draws rows and view in one frame',
    { timeout: TEST_BUDGET.largePortfolioTest },
    async () => {
      const log: string[] = [];
      const session = workerSession(projects, () => standInWorker(undefined, log));
      // Every frame the page shows: the view's count (a chart's) and the timeline's, and whether
      // the list says it is updating.
      const frames: { view: string; summary: string; list: string; busy: string }[] = [];
      const observer = new MutationObserver(() => {
        const list = document.querySelector('.tl-list');
        const summary = document.querySelector('.tl-header [role="status"]');
        const view = document.querySelector('[data-testid="view-count"]');
        if (!list || !summary || !view) return;
        frames.push({
          view: view.textContent,
          summary: summary.textContent.split(' ')[0]!,
          list: list.getAttribute('aria-label')!.split(' ')[2]!,
          busy: list.getAttribute('aria-busy')!,
        });
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      onTestFinished(() => observer.disconnect());
      const ViewCount = () => {
        const { view, lang } = useExplore();
        return <output data-testid="view-count">{view.kpis.projects.toLocaleString(lang)}</output>;
      };
      const { router, list } = await renderTimeline(session, ViewCount);

      log.length = 0;
      frames.length = 0;
      await act(() => router.navigate('/timeline?lang=en&region=global'));
      const global = Math.ceil(COUNT / 4 - 0.25).toLocaleString('en');
      await within(list).findByRole('button', { name: /^Global · / });
      await waitFor(() => expect(list).toHaveAttribute('aria-busy', 'false'));
      // One request each, both posted before the first answer: the timeline does not wait for
      // the view to ask for its rows.
      expect(log.filter((entry) => entry.startsWith('ask:')).sort()).toEqual([
        'ask:compute',
        'ask:timeline',
      ]);
      expect(log.indexOf('ask:timeline')).toBeLessThan(log.indexOf('answer:view'));
      expect(log.indexOf('ask:compute')).toBeLessThan(log.indexOf('answer:timeline'));
      expect(log.filter((entry) => entry.startsWith('answer:')).sort()).toEqual([
        'answer:timeline',
        'answer:view',
      ]);
      // Every frame drew the timeline's summary and list from the view shown, never a mix; the
      // list was marked busy until the new filter's rows were drawn.
      expect(frames.length).toBeGreaterThan(0);
      for (const frame of frames) {
        expect(frame.summary).toBe(frame.view);
        expect(frame.list).toBe(frame.view);
      }
      expect(frames.some((f) => f.busy === 'true' && f.view === COUNT.toLocaleString('en'))).toBe(
        true,
      );
      expect(frames.at(-1)).toEqual({ view: global, summary: global, list: global, busy: 'false' });
    },
  );
});
