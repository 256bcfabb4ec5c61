import { screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '@/domain/import/import-file';
import { ExploreProvider } from '@/hooks/portfolio/explore-context';
import { standInWorker } from '@/hooks/portfolio/worker-session.test-utils';
import type { Portfolio } from '@/lib/api/projects';
import { createEngineClient } from '@/lib/engine-client';
import { createEngineSessions } from '@/lib/engine-sessions';
import { importedAsPortfolio } from '@/lib/portfolio/imported-portfolio';
import { readStoredPortfolio } from '@/lib/portfolio/stored-portfolio';
import { renderRoute } from '@/test/render-route';
import { FilterPanel } from './filter-panel';

/*
 * An imported IATI portfolio has its own types, the DAC sector categories of its activities
 * (e2e/fixtures/iati-eur-budgets.xml: Basic Health, Water Supply & Sanitation, Emergency
 * Response). Each is listed with the count of the projects holding it, whether the engine runs on
 * this thread or in a Worker, and under other filters.
 */

async function importedFixture(restored = false): Promise<Portfolio> {
  const bytes = new Uint8Array(readFileSync(resolve('e2e/fixtures/iati-eur-budgets.xml')));
  const name = 'iati-eur-budgets.xml';
  const outcome = await importFile({ name, bytes, lang: 'en', hierarchy: 'roll-up' });
  if (!outcome.ok) throw new Error(outcome.error.message);
  const imported = {
    name,
    importedAt: '2026-11-30T00:00:00Z',
    projects: outcome.projects,
    rejected: outcome.rejected,
    ...(outcome.types ? { types: outcome.types } : {}),
  };
  // A later visit reads the portfolio back from storage, checked again.
  const kept = restored ? readStoredPortfolio(structuredClone(imported)) : imported;
  if (!kept) throw new Error('The stored portfolio was not read back');
  return importedAsPortfolio(kept);
}

function renderPanel(portfolio: Portfolio, url: string, inWorker: boolean) {
  const sessions = createEngineSessions();
  sessions.clientFor(portfolio.projects!, (projects) =>
    createEngineClient(projects, { useWorker: inWorker, createWorker: standInWorker }),
  );
  const Screen = () => (
    <ExploreProvider portfolio={portfolio}>
      <FilterPanel />
    </ExploreProvider>
  );
  renderRoute(url, { routes: () => [{ path: '/', Component: Screen }], sessions });
}

/** The type checkboxes by label, each with the count it says. */
async function typeCounts(): Promise<Record<string, number>> {
  const types = await screen.findByRole('group', { name: 'Project type' });
  const options = await within(types).findAllByRole('checkbox');
  return Object.fromEntries(
    options.map((box) => {
      const option = box.closest('label')!;
      const label = option.querySelector('.facet-label')!.textContent!;
      return [label, Number(option.querySelector('.facet-count')!.textContent)];
    }),
  );
}

describe('the filter panel of an imported IATI portfolio', () => {
  it.each([
    ['on this thread', false, false],
    ['in a Worker', true, false],
    ['read back from storage', false, true],
  ])('counts each of its DAC types, Basic Health included (%s)', async (_, inWorker, restored) => {
    const portfolio = await importedFixture(restored);
    expect(portfolio.projects!.filter((p) => p.type === 'dac-122')).toHaveLength(1);
    renderPanel(portfolio, '/?lang=en', inWorker);
    await expect.poll(typeCounts).toEqual({
      'Basic Health': 1,
      'Water Supply & Sanitation': 1,
      'Emergency Response': 1,
    });
  });

  it('keeps Basic Health’s count while another type is selected, and under a status filter', async () => {
    const portfolio = await importedFixture();
    renderPanel(portfolio, '/?lang=en&type=dac-140&status=ongoing', false);
    const counts = await typeCounts();
    expect(counts['Basic Health']).toBe(1);
    expect(counts['Water Supply & Sanitation']).toBe(1);
    // The emergency response project is completed: the status filter leaves it out.
    expect(counts['Emergency Response']).toBe(0);
  });
});
