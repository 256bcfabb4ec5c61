import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '@/domain/codes/languages';
import type { PortfolioView } from '@/domain/engine/types';
import type { Facet, Filters, SortKey } from '@/domain/filters';
import { funderNames } from '@/domain/funders';
import type { Portfolio } from '@/lib/api/projects';
import {
  useViewState,
  type FiltersUpdate,
  type NavigateOptions,
} from '@/hooks/use-view-state';
import { usePortfolioView } from './use-portfolio-view';

/** What every screen works from: the portfolio, the shared view state and the engine's view. */
export interface Explore {
  portfolio: Portfolio;
  view: PortfolioView;
  pending: boolean;
  filters: Filters;
  sort: SortKey[];
  lang: Language;
  problems: { param: string; value: string }[];
  /** The portfolio's funders by key (IATI ref, else name), with the name each goes by. */
  funderNames: ReadonlyMap<string, string>;
  setFilters: (filters: FiltersUpdate, options?: NavigateOptions) => void;
  setSort: (sort: SortKey[]) => void;
  /** Sets a facet to exactly one value, or clears it when that is already the selection (chart clicks). */
  selectOnly: (facet: Facet, value: string) => void;
}

const ExploreContext = createContext<Explore | null>(null);

/** Provides the explore state for a loaded portfolio to the screen and the filter panel. */
export function ExploreProvider({
  portfolio,
  children,
}: {
  portfolio: Portfolio;
  children: ReactNode;
}) {
  const { i18n } = useTranslation();
  const lang: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  const { filters, sort, problems, setFilters, setSort } = useViewState();
  const { view, pending } = usePortfolioView(portfolio.projects, filters, sort, lang);
  const names = useMemo(() => funderNames(portfolio.projects), [portfolio.projects]);
  const value = useMemo<Explore>(
    () => ({
      portfolio,
      view,
      pending,
      filters,
      sort,
      lang,
      problems,
      funderNames: names,
      setFilters,
      setSort,
      selectOnly: (facet, raw) =>
        setFilters((current) => {
          const selected = current[facet].map(String);
          const only = selected.length === 1 && selected[0] === raw;
          const values = only ? [] : facet === 'year' ? [Number(raw)] : [raw];
          return { ...current, [facet]: values } as Filters;
        }),
    }),
    [portfolio, view, pending, filters, sort, lang, problems, names, setFilters, setSort],
  );
  return <ExploreContext.Provider value={value}>{children}</ExploreContext.Provider>;
}

/** The explore state; only inside an ExploreProvider. */
export function useExplore(): Explore {
  const value = useContext(ExploreContext);
  if (!value) throw new Error('useExplore() is used outside an ExploreProvider');
  return value;
}
