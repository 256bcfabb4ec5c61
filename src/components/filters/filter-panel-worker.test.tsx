import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/domain/engine/engine';
import type { ProjectSummary } from '@/domain/project';
import { ExploreProvider } from '@/hooks/portfolio/explore-context';
import { watched } from '@/hooks/portfolio/worker-session.test-utils';
import type { Portfolio } from '@/lib/api/projects';
import type { EngineClient } from '@/lib/engine-client';
import { createEngineSessions } from '@/lib/engine-sessions';
import { makeProject } from '@/test/make-project';
import { renderRoute } from '@/test/render-route';
import { FilterPanel } from './filter-panel';

/*
 * Above the Worker threshold the engine holds the portfolio: the filter panel lists its values
 * and counts from the engine's answers and never walks the projects on the main thread.
 */

const projects: ProjectSummary[] = [
  makeProject({ id: 'A.1', region: 'africa', countries: ['KE'], year: 2019, budgetUsd: 10 }),
  makeProject({ id: 'A.2', region: 'asia-oceania', countries: ['NP'], year: 2021, budgetUsd: 20 }),
  makeProject({
    id: 'A.3',
    region: 'asia-oceania',
    countries: ['NP'],
    year: 2021,
    funders: [{ name: 'Germany', ref: 'XM-DAC-5' }],
  }),
];

/** A Worker-backed session: the engine runs on the real list, as it would in the Worker. */
function workerClient(): EngineClient {
  const engine = createEngine(projects);
  return {
    computeNow: undefined,
    heldNow: undefined,
    inWorker: true,
    timelineNow: undefined,
    timeline: () => Promise.reject(new Error('Not used here')),
    projectsHere: undefined,
    projects: () => Promise.reject(new Error('Not used here')),
    exportCsv: () => Promise.reject(new Error('Not used here')),
    compute: (request) =>
      Promise.resolve({
        view: engine.compute(request.filters, request.sort, request.lang),
        request,
        held: engine.held(),
      }),
    dispose: () => undefined,
  };
}

/** The filter panel at `path`, its explore state's session the given client. */
function renderPanel(client: EngineClient, path: string) {
  const portfolio: Portfolio = {
    meta: { asOf: '2026-01-01', source: 'test', currency: 'USD', projectCount: 3 },
    projects,
    rejected: [],
    total: 3,
  };
  const sessions = createEngineSessions();
  sessions.clientFor(projects, () => client);
  const Screen = () => (
    <ExploreProvider portfolio={portfolio}>
      <FilterPanel />
    </ExploreProvider>
  );
  return renderRoute(path, { routes: () => [{ path: '/', Component: Screen }], sessions });
}

describe('the filter panel of a Worker session', () => {
  it('lists every value and funder and follows a filter without reading one project', async () => {
    const { proxy, reads } = watched(projects);
    const portfolio: Portfolio = {
      meta: { asOf: '2026-01-01', source: 'test', currency: 'USD', projectCount: 3 },
      projects: proxy,
      rejected: [],
      total: 3,
    };
    const sessions = createEngineSessions();
    sessions.clientFor(proxy, workerClient);
    const Screen = () => (
      <ExploreProvider portfolio={portfolio}>
        <FilterPanel />
      </ExploreProvider>
    );
    const { router } = renderRoute('/?lang=en', {
      routes: () => [{ path: '/', Component: Screen }],
      sessions,
    });
    const asia = await screen.findByRole('checkbox', { name: /^Asia.*2/ });
    expect(screen.getByRole('combobox', { name: /Funder/ })).toBeInTheDocument();
    await act(() => router.navigate('/?lang=en&region=asia-oceania'));
    expect(asia).toBeChecked();
    const years = screen.getByRole('combobox', { name: /Funding year/ });
    expect(within(years.closest('div')!).queryByText('2019')).toBeNull();
    expect(reads.count).toBe(0);
  });

  it('shows no counts, rather than zeros, until the first view is answered', async () => {
    const engine = createEngine(projects);
    let answer = () => {};
    const client: EngineClient = {
      ...workerClient(),
      compute: (request) =>
        new Promise((resolve) => {
          answer = () =>
            resolve({
              view: engine.compute(request.filters, request.sort, request.lang),
              request,
              held: engine.held(),
            });
        }),
    };
    renderPanel(client, '/?lang=en');
    const africa = await screen.findByRole('checkbox', { name: 'Africa' });
    expect(africa.closest('label')).not.toHaveTextContent(/\d/);
    await act(async () => answer());
    expect(screen.getByRole('checkbox', { name: /^Africa.*1/ })).toBeInTheDocument();
  });

  it('asks for the view a click will give when an option is pressed, and changes nothing else', async () => {
    const pressed: { region: string[]; status: string[] }[] = [];
    const client: EngineClient = {
      ...workerClient(),
      askOnPress: (request) =>
        pressed.push({ region: [...request.filters.region], status: [...request.filters.status] }),
    };
    const { router } = renderPanel(client, '/?lang=en&region=asia-oceania');
    const africa = await screen.findByRole('checkbox', { name: /^Africa/ });
    const asia = screen.getByRole('checkbox', { name: /^Asia/ });
    // A press on the box or on its label: the click would add Africa, or take Asia off.
    fireEvent.pointerDown(africa, { button: 0 });
    fireEvent.pointerDown(within(asia.closest('label')!).getByText('Asia and Oceania'), {
      button: 0,
    });
    // Space pressed on a focused box; a held key's repeats and other buttons ask nothing.
    fireEvent.keyDown(africa, { key: ' ' });
    fireEvent.keyDown(africa, { key: ' ', repeat: true });
    fireEvent.pointerDown(africa, { button: 2 });
    expect(pressed).toEqual([
      { region: ['asia-oceania', 'africa'], status: [] },
      { region: [], status: [] },
      { region: ['asia-oceania', 'africa'], status: [] },
    ]);
    expect(africa).not.toBeChecked();
    expect(asia).toBeChecked();
    expect(router.state.location.search).toBe('?lang=en&region=asia-oceania');
  });
});
