import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getMockPortfolio } from '@mocks/data/portfolio';
import { readDownloadedCsv, setupDownloads } from '@/test/downloads';
import { computeViewNaive } from '@/test/naive-engine';
import { renderRoute } from '@/test/render-route';
import { emptyFilters, type Filters } from '@/domain/filters';
import { parseProjectSummaries } from '@/domain/parse-record';
import type { Explore } from '@/hooks/portfolio/explore-context';
import { ProjectsScreen } from './projects-screen';

/* The screen as a large portfolio drives it: the filters change first, the view a moment later. */

const explore = vi.hoisted(() => {
  const listeners = new Set<() => void>();
  return {
    current: undefined as unknown,
    pending: false,
    listeners,
    set(next: { pending: boolean; explore: unknown }) {
      this.current = next.explore;
      this.pending = next.pending;
      for (const listener of listeners) listener();
    },
  };
});
vi.mock('@/hooks/portfolio/explore-context', async () => {
  const { useSyncExternalStore } = await import('react');
  const { createEngineClient } = await import('@/lib/engine-client');
  let client: ReturnType<typeof createEngineClient> | undefined;
  const subscribe = (listener: () => void) => {
    explore.listeners.add(listener);
    return () => explore.listeners.delete(listener);
  };
  return {
    useExplore: () => useSyncExternalStore(subscribe, () => explore.current),
    usePending: () => useSyncExternalStore(subscribe, () => explore.pending),
    // The portfolio's session on this thread: it writes the export of the filters asked for.
    useEngineClient: () => (client ??= createEngineClient(projects)),
    // No rehearsal here: a live region's text is the one given.
    useLiveText: (text: string) => text,
  };
});

const { projects } = parseProjectSummaries(getMockPortfolio().projects);
const portfolio = {
  meta: getMockPortfolio().meta,
  projects,
  rejected: [],
  total: projects.length,
};
const AFRICA: Filters = { ...emptyFilters(), region: ['africa'] };

/** The screen's state: the view (of `viewFilters`), and whether newer filters are computing. */
function state(viewFilters: Filters, pending: boolean): { pending: boolean; explore: Explore } {
  const explore: Explore = {
    portfolio,
    view: computeViewNaive(projects, viewFilters, [], 'en'),
    filters: viewFilters,
    sort: [],
    lang: 'en',
    problems: [],
    funderNames: new Map(),
    held: {
      region: [],
      status: [],
      type: [],
      coverage: [],
      country: [],
      year: [],
      funders: [],
      spending: false,
      optionalFields: [],
    },
    setFilters: () => undefined,
    pressFilters: () => undefined,
    setSort: () => undefined,
    selectOnly: () => undefined,
  };
  return { pending, explore };
}

const downloads = setupDownloads();

function renderScreen() {
  renderRoute('/projects?lang=en&region=africa', { element: <ProjectsScreen /> });
}

describe('Export while the view is updating', () => {
  it('waits for the view of the filters in its file name, then writes its rows and says how many', async () => {
    const user = userEvent.setup();
    // Region Africa was just chosen; the view still shows every project.
    explore.set(state(emptyFilters(), true));
    renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(downloads).toHaveLength(0);
    expect(screen.getByText('Export waits for the view to finish updating…')).toBeInTheDocument();

    act(() => explore.set(state(AFRICA, false)));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const african = projects.filter((p) => p.region === 'africa');
    const { header, rows } = await readDownloadedCsv(downloads[0]!);
    const id = header.findIndex((h) => h.endsWith('[id]'));
    expect(rows.map((r) => r[id]).sort()).toEqual(african.map((p) => p.id).sort());
    expect(downloads[0]!.name).toMatch(/-region-africa\.csv$/);
    // The message is rendered after the file is handed over, in a later commit.
    expect(
      await screen.findByText(`Exported ${african.length} rows to ${downloads[0]!.name}.`),
    ).toBeInTheDocument();
  });
});
