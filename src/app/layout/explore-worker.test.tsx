import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { FilterPanel } from '@/components/filters/filter-panel';
import { emptyFilters } from '@/domain/filters';
import type { ProjectSummary } from '@/domain/project';
import { ProjectsScreen } from '@/features/explorer/components/projects-screen';
import { MapScreen } from '@/features/map/components/map-screen';
import type { Portfolio } from '@/lib/api/projects';
import { createEngineClient, WORKER_THRESHOLD } from '@/lib/engine-client';
import { createEngineSessions } from '@/lib/engine-sessions';
import { formatUsd } from '@/lib/format';
import { renderRoute } from '@/test/render-route';
import { ExploreProvider } from '@/hooks/portfolio/explore-context';
import { standInWorker, watched } from '@/hooks/portfolio/worker-session.test-utils';
import { TEST_BUDGET } from '@/test/budget';
import { readDownloadedCsv, setupDownloads } from '@/test/downloads';

/*
 * Above the Worker threshold the engine holds the portfolio: the filter panel's values and
 * counts and the map's two figures per state come from its answers, and a filter click walks
 * no project on the main thread.
 */

const generated = generatePortfolio({ count: WORKER_THRESHOLD, seed: 5 });
const projects: ProjectSummary[] = generated.projects;

/**
 * A Worker session already holding the portfolio (the one send reads every project, by design),
 * with the read count set back to zero, and the portfolio the screens are given.
 */
async function workerSession() {
  const { proxy, reads } = watched(projects);
  const client = createEngineClient(proxy, { createWorker: standInWorker });
  const sessions = createEngineSessions();
  sessions.clientFor(proxy, () => client);
  await client.compute({ filters: emptyFilters(), sort: [], lang: 'en' });
  reads.count = 0;
  const portfolio: Portfolio = {
    meta: generated.meta,
    projects: proxy,
    rejected: [],
    total: projects.length,
  };
  return { client, sessions, reads, portfolio };
}

/** What filtering by a state totals, written out over the projects: the map's second figure. */
function wholeTotal(country: string, region?: string): number {
  return projects
    .filter((p) => p.countries.includes(country) && (!region || p.region === region))
    .reduce((sum, p) => sum + (p.budgetUsd ?? 0), 0);
}

describe('the filter panel and the map of a Worker session', () => {
  it(
    'show the engine’s counts and figures and follow a filter click without reading a project',
    async () => {
      const { client, sessions, reads, portfolio } = await workerSession();
      expect(client.inWorker).toBe(true);

      const Screen = () => (
        <ExploreProvider portfolio={portfolio}>
          <FilterPanel />
          <MapScreen />
        </ExploreProvider>
      );
      const { router } = renderRoute('/?lang=en', {
        routes: () => [{ path: '/', Component: Screen }],
        sessions,
      });
      const china = () =>
        screen.findByRole(
          'button',
          { name: /^China: / },
          { timeout: TEST_BUDGET.largePortfolioWait },
        );
      expect(await china()).toHaveAccessibleName(
        new RegExp(`of projects totalling ${escape(formatUsd(wholeTotal('CN'), 'en'))} ·`),
      );
      const panel = within(screen.getByRole('heading', { name: 'Filters' }).closest('section')!);
      const asia = panel.getByRole('checkbox', { name: /^Asia/ });
      const inAsia = projects.filter((p) => p.region === 'asia-oceania').length;
      expect(asia).toHaveAccessibleName(new RegExp(`\\(${inAsia}\\)`));

      await userEvent.click(asia);
      await expect.poll(() => router.state.location.search).toContain('region=asia-oceania');
      const filtered = new RegExp(
        `of projects totalling ${escape(formatUsd(wholeTotal('CN', 'asia-oceania'), 'en'))} ·`,
      );
      await expect.poll(async () => (await china()).getAttribute('aria-label')).toMatch(filtered);
      expect(reads.count).toBe(0);
    },
    TEST_BUDGET.largePortfolioTest,
  );
});

const downloads = setupDownloads();

describe('the projects screen of a Worker session', () => {
  it(
    'exports the CSV of the filters shown from the Worker, reading no project on this thread',
    async () => {
      const { sessions, reads, portfolio } = await workerSession();
      const Screen = () => (
        <ExploreProvider portfolio={portfolio}>
          <ProjectsScreen />
        </ExploreProvider>
      );
      renderRoute('/projects?lang=en&region=africa&sort=budgetUsd.desc', {
        routes: () => [{ path: '/projects', Component: Screen }],
        sessions,
      });
      const african = projects.filter((p) => p.region === 'africa');
      await screen.findByText(
        new RegExp(`^${african.length.toLocaleString('en')} projects`),
        undefined,
        {
          timeout: TEST_BUDGET.largePortfolioWait,
        },
      );
      await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      await expect
        .poll(() => downloads.length, { timeout: TEST_BUDGET.largePortfolioWait })
        .toBe(1);
      const { header, rows } = await readDownloadedCsv(downloads[0]!);
      const id = header.findIndex((h) => h.endsWith('[id]'));
      expect(rows).toHaveLength(african.length);
      expect(new Set(rows.map((r) => r[id]))).toEqual(new Set(african.map((p) => p.id)));
      expect(reads.count).toBe(0);
    },
    TEST_BUDGET.largePortfolioTest,
  );
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
