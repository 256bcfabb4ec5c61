import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getMockPortfolio } from '@mocks/data/portfolio';
import { server } from '@mocks/node';
import { setupMockServer } from '@mocks/testing';
import type * as EngineModule from '@/domain/engine/engine';
import type { Engine } from '@/domain/engine/engine';
import type { EngineRequest } from '@/domain/engine/engine.worker';
import { standInWorker } from '@/hooks/portfolio/worker-session.test-utils';
import { createEngineClient } from '@/lib/engine-client';
import { createEngineSessions, type EngineSessions } from '@/lib/engine-sessions';
import { renderRoute } from '@/test/render-route';
import { stubResizeObserver } from '@/test/stub-resize-observer';
import { TEST_BUDGET } from '@/test/budget';

/* The explore screens share one layout route and one engine session (DESIGN §10). */

const engines = vi.hoisted(() => ({ built: 0, computed: 0, parts: [] as unknown[] }));
vi.mock('@/domain/engine/engine', async (importOriginal) => {
  const actual = await importOriginal<typeof EngineModule>();
  return {
    ...actual,
    engineOnColumns: (...args: Parameters<typeof actual.engineOnColumns>): Engine => {
      engines.built += 1;
      const engine = actual.engineOnColumns(...args);
      return {
        ...engine,
        compute: (...request) => {
          engines.computed += 1;
          engines.parts.push(request[3]);
          return engine.compute(...request);
        },
      };
    },
  };
});

setupMockServer();
stubResizeObserver();

beforeEach(() => {
  engines.built = 0;
  engines.computed = 0;
  engines.parts = [];
});
afterEach(() => server.events.removeAllListeners());

const heading = (name: string) => screen.findByRole('heading', { level: 1, name });

/**
 * On /budget, the pivot's rows once its sums arrived (a move from another screen included):
 * until they do, the card says it is adding up and has no table.
 */
async function pivotRowsOn(name: string) {
  if (name !== 'Budget summary') return;
  const table = await screen.findByRole('table', { name: /Budget \(USD\) by/ });
  await waitFor(() => expect(within(table).getAllByRole('rowheader').length).toBeGreaterThan(1));
}

/** Every explore screen, a project page and the way back, from the Overview. */
function visits(): [string, string][] {
  const first = getMockPortfolio().projects[0] as { id: string; title: string };
  return [
    ['/projects?lang=en', 'Projects'],
    ['/timeline?lang=en', 'Timeline'],
    ['/budget?lang=en', 'Budget summary'],
    ['/map?lang=en', 'Map of benefiting states'],
    [`/projects/${encodeURIComponent(first.id)}?lang=en`, first.title],
    ['/projects?lang=en', 'Projects'],
  ];
}

describe('the explore layout route', () => {
  it(
    'builds the engine once for every screen, a project page and the way back included',
    async () => {
      const { router } = renderRoute('/?lang=en');
      await heading('Overview');
      for (const [path, name] of visits()) {
        await act(() => router.navigate(path));
        await heading(name);
        await pivotRowsOn(name);
      }
      expect(engines.built).toBe(1);
      // The same filters on every screen: the overview's view (with its spending per year)
      // answers every screen but /budget, the only one to show the pivots; the budget's view
      // then answers the map and the projects again.
      expect(engines.parts).toEqual([['spending'], ['pivots']]);
    },
    TEST_BUDGET.largePortfolioTest,
  );

  it(
    'sends the portfolio to its Worker once for every screen and builds the engine there once',
    async () => {
      const received: EngineRequest['kind'][] = [];
      const workers = { started: 0 };
      // A Worker session whatever the portfolio's size, its Worker a stand-in that logs messages.
      const app = createEngineSessions();
      const sessions: EngineSessions = {
        clientFor: (projects) =>
          app.clientFor(projects, () =>
            createEngineClient(projects, {
              useWorker: true,
              createWorker: () => {
                workers.started += 1;
                return standInWorker(received);
              },
            }),
          ),
        dispose: () => app.dispose(),
      };
      const { router } = renderRoute('/?lang=en', { sessions });
      await heading('Overview');
      await screen.findByRole('group', { name: 'Projects' });
      // What carries the portfolio to the Worker (its projects, or its pages).
      const loads = () => received.filter((kind) => kind === 'load' || kind.startsWith('page'));
      const sent = loads().length;
      expect(sent).toBeGreaterThan(0);
      for (const [path, name] of visits()) {
        await act(() => router.navigate(path));
        await heading(name);
        await pivotRowsOn(name);
      }
      expect(workers.started).toBe(1);
      expect(loads()).toHaveLength(sent);
      expect(engines.built).toBe(1);
      // The same filters on every screen: one view asked of the Worker, and one more for the
      // pivots that only /budget shows.
      expect(received.filter((kind) => kind === 'compute')).toHaveLength(2);
    },
    TEST_BUDGET.largePortfolioTest,
  );

  it('computes nothing when a screen setting changes, nor when a filter’s values change order', async () => {
    const { router } = renderRoute('/timeline?lang=en&region=africa,asia-oceania');
    await heading('Timeline');
    const computed = engines.computed;
    const zoom = () => screen.getByLabelText<HTMLSelectElement>('Zoom');
    await act(() => router.navigate('/timeline?lang=en&region=africa,asia-oceania&zoom=decade'));
    await waitFor(() => expect(zoom().value).toBe('decade'));
    await act(() => router.navigate('/timeline?lang=en&region=asia-oceania,africa&group=type'));
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLSelectElement>('Group by').value).toBe('type'),
    );
    expect(engines.computed).toBe(computed);
    // A filter that does change is computed, once.
    await act(() => router.navigate('/timeline?lang=en&region=africa&group=type'));
    await waitFor(() => expect(engines.computed).toBe(computed + 1));
  });
});

describe('loading the portfolio', () => {
  it('requests /api/meta once per cold load', async () => {
    const metaRequests: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/meta')) metaRequests.push(request.url);
    });
    renderRoute('/?lang=en');
    await heading('Overview');
    await screen.findByTestId('data-as-of');
    expect(metaRequests).toHaveLength(1);
  });
});
