import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { getMockPortfolio } from '@mocks/data/portfolio';
import type * as ProjectsModule from '@/lib/api/projects';
import type { Portfolio } from '@/lib/api/projects';
import type { WorkerHeld } from '@/lib/engine-feed';
import { portfolioKeys } from '@/hooks/portfolio-queries';
import { useActivePortfolio } from './use-active-portfolio';

/* A portfolio only the engine's Worker held is loaded again once that Worker has ended. */

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/api/projects', async (importOriginal) => {
  const actual = await importOriginal<typeof ProjectsModule>();
  return {
    ...actual,
    fetchPortfolio: () => {
      loads.count += 1;
      return Promise.resolve(fresh);
    },
  };
});

const { meta } = getMockPortfolio();
const fresh: Portfolio = { meta, projects: [], rejected: [], total: 0 };

function heldBy(ended: boolean): Portfolio {
  const held: WorkerHeld = { size: 60_000, take: () => undefined, ended };
  return { meta, projects: undefined, held, rejected: [], total: 60_000 };
}

function render(cached: Portfolio) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  client.setQueryData(portfolioKeys.projects(), cached);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(() => useActivePortfolio(), { wrapper });
}

describe('useActivePortfolio and a portfolio held by the engine’s Worker', () => {
  it('keeps the portfolio while its Worker holds it', () => {
    loads.count = 0;
    const cached = heldBy(false);
    const { result } = render(cached);
    expect(result.current.data).toBe(cached);
    expect(loads.count).toBe(0);
  });

  it('loads it again once its Worker has ended, showing nothing of the old one meanwhile', async () => {
    loads.count = 0;
    const { result } = render(heldBy(true));
    expect(result.current.data).toBeUndefined();
    await waitFor(() => expect(result.current.data).toEqual(fresh));
    expect(loads.count).toBe(1);
  });
});
