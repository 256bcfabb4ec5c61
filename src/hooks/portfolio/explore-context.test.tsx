import { act, screen } from '@testing-library/react';
import { memo } from 'react';
import { Outlet } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createEngine } from '@/domain/engine/engine';
import type { ComputedView, EngineClient, ViewRequest } from '@/lib/engine-client';
import { createEngineSessions } from '@/lib/engine-sessions';
import type { Portfolio } from '@/lib/api/projects';
import { makeProject } from '@/test/make-project';
import { renderRoute } from '@/test/render-route';
import { ExploreProvider, useExplore, usePending, useRequestedView } from './explore-context';

/* A large portfolio's session: the Worker answers when the test says so. */

const projects = [
  makeProject({ id: 'A.1', region: 'africa', budgetUsd: 10 }),
  makeProject({ id: 'A.2', region: 'asia-oceania', budgetUsd: 20 }),
];
const portfolio: Portfolio = {
  meta: { asOf: '2026-01-01', source: 'test', currency: 'USD', projectCount: 2 },
  projects,
  rejected: [],
  total: 2,
};

/** A Worker-like session whose answers the test releases one by one. */
function heldClient() {
  const engine = createEngine(projects);
  const waiting: { request: ViewRequest; resolve: (view: ComputedView) => void }[] = [];
  const client: EngineClient = {
    computeNow: undefined,
    heldNow: undefined,
    inWorker: true,
    timelineNow: undefined,
    timeline: () => Promise.reject(new Error('Not used here')),
    projectsHere: undefined,
    projects: () => Promise.reject(new Error('Not used here')),
    exportCsv: () => Promise.reject(new Error('Not used here')),
    compute: (request) => new Promise((resolve) => waiting.push({ request, resolve })),
    dispose: () => undefined,
  };
  const answer = () => {
    const next = waiting.shift()!;
    const { filters, sort, lang } = next.request;
    next.resolve({
      view: engine.compute(filters, sort, lang),
      request: next.request,
      held: engine.held(),
    });
  };
  return { client, answer, waiting };
}

const chartRendered = vi.fn();

/** A chart: what it shows comes from the view only. */
const Chart = memo(function Chart() {
  const { view } = useExplore();
  chartRendered();
  return <p data-testid="chart">{view.kpis.projects}</p>;
});

function Panel() {
  const { filters } = useRequestedView();
  const pending = usePending();
  return (
    <p data-testid="panel">
      {filters.region.join(',') || 'all'}
      {pending ? ' updating' : ''}
    </p>
  );
}

/** Filters on Africa. */
function AfricaButton() {
  const { setFilters } = useExplore();
  return (
    <button type="button" onClick={() => setFilters((f) => ({ ...f, region: ['africa'] }))}>
      Africa
    </button>
  );
}

const Layout = memo(function Layout() {
  return (
    <ExploreProvider portfolio={portfolio}>
      <Panel />
      <Chart />
      <Outlet />
    </ExploreProvider>
  );
});

describe('the explore state of a Worker session', () => {
  it('re-renders the charts once per view, not when the filters are asked nor when pending flips', async () => {
    const { client, answer, waiting } = heldClient();
    const sessions = createEngineSessions();
    sessions.clientFor(projects, () => client);
    const { router } = renderRoute('/?lang=en', {
      routes: () => [
        { path: '/', Component: Layout, children: [{ index: true, Component: () => null }] },
      ],
      sessions,
    });
    expect(screen.getByTestId('panel')).toHaveTextContent('all updating');
    await act(async () => answer());
    expect(screen.getByTestId('chart')).toHaveTextContent('2');
    expect(screen.getByTestId('panel')).toHaveTextContent('all');
    const chartRenders = chartRendered.mock.calls.length;

    await act(() => router.navigate('/?lang=en&region=africa'));
    // The panel shows the filter asked for at once; the chart still shows the last view.
    expect(screen.getByTestId('panel')).toHaveTextContent('africa updating');
    expect(chartRendered.mock.calls.length).toBe(chartRenders);

    // A screen setting asks nothing of the Worker.
    await act(() => router.navigate('/?lang=en&region=africa&zoom=decade'));
    expect(waiting).toHaveLength(1);
    expect(chartRendered.mock.calls.length).toBe(chartRenders);

    await act(async () => answer());
    expect(screen.getByTestId('chart')).toHaveTextContent('1');
    expect(screen.getByTestId('panel')).toHaveTextContent('africa');
    expect(screen.getByTestId('panel')).not.toHaveTextContent('updating');
    expect(chartRendered.mock.calls.length).toBe(chartRenders + 1);
  });

  it('says a change is pending as soon as it is asked for, before the address is written', async () => {
    const { client, answer } = heldClient();
    const sessions = createEngineSessions();
    sessions.clientFor(projects, () => client);
    // Each render of the sign: whether it says "updating", and the filters the address holds.
    const renders: string[] = [];
    const Sign = () => {
      const pending = usePending();
      const { filters } = useRequestedView();
      renders.push(`${filters.region.join(',') || 'all'}${pending ? ' updating' : ''}`);
      return null;
    };
    const Button = () => {
      const { setFilters } = useExplore();
      return (
        <button type="button" onClick={() => setFilters((f) => ({ ...f, region: ['africa'] }))}>
          Africa
        </button>
      );
    };
    const Page = memo(function Page() {
      return (
        <ExploreProvider portfolio={portfolio}>
          <Sign />
          <Button />
        </ExploreProvider>
      );
    });
    renderRoute('/?lang=en', { routes: () => [{ path: '/', Component: Page }], sessions });
    await act(async () => answer());
    expect(renders.at(-1)).toBe('all');

    renders.length = 0;
    await act(async () => screen.getByRole('button', { name: 'Africa' }).click());
    // The sign said "updating" while the address still held the old filters: drawn in the
    // click's own task, not after the router's transition rendered every screen.
    expect(renders[0]).toBe('all updating');
    expect(renders.at(-1)).toBe('africa updating');
    await act(async () => answer());
    expect(renders.at(-1)).toBe('africa');
  });

  it('asks the Worker for the view a click asks for in the click’s task, before the address is written', async () => {
    const { client, answer } = heldClient();
    const ahead: { region: string[]; search: string }[] = [];
    const sessions = createEngineSessions();
    const { router } = renderRoute('/?lang=en', {
      routes: () => [
        {
          path: '/',
          Component: memo(function Page() {
            return (
              <ExploreProvider portfolio={portfolio}>
                <AfricaButton />
              </ExploreProvider>
            );
          }),
        },
      ],
      sessions: Object.assign(sessions, {
        clientFor: () =>
          Object.assign(client, {
            askAhead: (request: ViewRequest) =>
              ahead.push({
                region: [...request.filters.region],
                search: router.state.location.search,
              }),
          }),
      }),
    });
    await act(async () => answer());
    await act(async () => screen.getByRole('button', { name: 'Africa' }).click());
    expect(ahead).toEqual([{ region: ['africa'], search: '?lang=en' }]);
  });
});
