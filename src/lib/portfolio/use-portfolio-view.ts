import { useEffect, useMemo, useState } from 'react';
import type { Language } from '@/domain/codes/languages';
import type { PortfolioView } from '@/domain/engine/types';
import type { Filters, SortKey } from '@/domain/filters';
import type { ProjectSummary } from '@/domain/project';
import { engineClientFor, engineFor } from './shared-engine';

/** Portfolios at least this large are computed in a Web Worker so the page stays responsive. */
export const WORKER_THRESHOLD = 50_000;

export interface PortfolioViewState {
  view: PortfolioView;
  /** True while a newer filter state is being computed; `view` still shows the previous one. */
  pending: boolean;
}

/**
 * The engine's view of the portfolio for a filter state. Small portfolios compute in the render
 * (one pass, well under a frame); large ones in a Worker, the latest request winning.
 */
export function usePortfolioView(
  projects: readonly ProjectSummary[],
  filters: Filters,
  sort: readonly SortKey[],
  lang: Language,
): PortfolioViewState {
  const useWorker = projects.length >= WORKER_THRESHOLD && typeof Worker !== 'undefined';
  // Shared across screens: switching screens neither rebuilds the engine nor reloads the Worker.
  const engine = useMemo(
    () => (useWorker ? undefined : engineFor(projects)),
    [projects, useWorker],
  );
  const client = useMemo(
    () => (useWorker ? engineClientFor(projects) : undefined),
    [projects, useWorker],
  );

  const syncView = useMemo(
    () => engine?.compute(filters, sort, lang),
    [engine, filters, sort, lang],
  );
  const [asyncView, setAsyncView] = useState<{ view: PortfolioView; key: unknown } | undefined>();
  const requestKey = useMemo(
    () => ({ filters, sort, lang, client }),
    [filters, sort, lang, client],
  );

  useEffect(() => {
    if (!client) return;
    let live = true;
    void client.compute(filters, sort, lang).then((view) => {
      if (live && view) setAsyncView({ view, key: requestKey });
    });
    return () => {
      live = false;
    };
  }, [client, filters, sort, lang, requestKey]);

  if (syncView) return { view: syncView, pending: false };
  if (asyncView) return { view: asyncView.view, pending: asyncView.key !== requestKey };
  return { view: EMPTY_VIEW, pending: true };
}

const EMPTY_PIVOT = {
  rowKeys: [],
  years: [],
  cells: [],
  rowTotals: [],
  columnTotals: [],
  grandTotal: 0,
  rowMoney: [],
};
/** What screens show before the first Worker answer arrives: nothing counted yet. */
export const EMPTY_VIEW: PortfolioView = {
  rows: new Uint32Array(0),
  kpis: { projects: 0, totalBudget: 0, ongoing: 0, countries: 0, medianBudget: 0, noBudget: 0 },
  facets: {
    region: new Map(),
    status: new Map(),
    type: new Map(),
    coverage: new Map(),
    country: new Map(),
    year: new Map(),
    funder: new Map(),
  },
  byRegion: [],
  byType: [],
  byStatus: [],
  byCountry: [],
  byYear: [],
  byYearStatus: [],
  byYearType: [],
  pivots: { region: EMPTY_PIVOT, type: EMPTY_PIVOT, country: EMPTY_PIVOT },
  money: {
    committed: 0,
    disbursed: 0,
    spent: 0,
    committedProjects: 0,
    disbursedProjects: 0,
    spentProjects: 0,
    spentBudget: 0,
  },
  spendingByYear: [],
  byFunder: [],
  noFunder: { count: 0, budget: 0 },
};
