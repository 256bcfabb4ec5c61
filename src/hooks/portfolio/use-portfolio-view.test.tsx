import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { emptyFilters } from '@/domain/filters';
import { createEngineClient, type ViewRequest } from '@/lib/engine-client';
import { usePortfolioView } from './use-portfolio-view';
import { standInWorker } from './worker-session.test-utils';

const { projects } = generatePortfolio({ count: 600, seed: 5 });
const unfiltered: ViewRequest = { filters: emptyFilters(), sort: [], lang: 'en', parts: [] };
const ticked: ViewRequest = { ...unfiltered, filters: { ...emptyFilters(), region: ['africa'] } };

describe('usePortfolioView above the Worker threshold', () => {
  it('shows a return to a recent filter state at once, not pending, asking the Worker nothing', async () => {
    const received: Parameters<typeof standInWorker>[0] = [];
    const client = createEngineClient(projects, {
      useWorker: true,
      createWorker: () => standInWorker(received),
    });
    const { result, rerender } = renderHook(({ request }) => usePortfolioView(client, request), {
      initialProps: { request: unfiltered },
    });
    await waitFor(() => expect(result.current.pending).toBe(false));
    const first = result.current.shown.view;
    rerender({ request: ticked });
    expect(result.current.pending).toBe(true);
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(result.current.shown.view.kpis.projects).toBeLessThan(first.kpis.projects);
    const asked = received.filter((kind) => kind === 'compute').length;
    // The box unticked again (a new request object for the same filter state).
    rerender({ request: { ...unfiltered, filters: emptyFilters() } });
    expect(result.current.pending).toBe(false);
    expect(result.current.shown.view).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current.shown.view).toBe(first);
    expect(received.filter((kind) => kind === 'compute')).toHaveLength(asked);
    client.dispose();
  });
});
