import { useEffect, useMemo } from 'react';
import type { Meta } from '@/domain/project';
import type { Portfolio } from '@/lib/api/projects';
import { useMeta, usePortfolio } from '@/hooks/use-portfolio';
import { importedAsPortfolio, importedPortfolioMeta } from '@/lib/portfolio/imported-portfolio';
import { useImportedPortfolio } from './use-imported-portfolio';

/**
 * The portfolio every screen shows: the imported one when there is one, else the API's. This is
 * the one place that decides it; the footer's data date (useActiveMeta) and the project page
 * (useImportedPortfolio, to find one project without loading the list) read the same store.
 */
export interface ActivePortfolio {
  source: 'api' | 'imported';
  /** The imported file's name; undefined for the API's portfolio. */
  name: string | undefined;
  data: Portfolio | undefined;
  error: unknown;
  isError: boolean;
  isFetching: boolean;
  refetch: () => void;
}

export function useActivePortfolio(): ActivePortfolio {
  const imported = useImportedPortfolio();
  // The API's portfolio is not fetched while an imported one is in use.
  const query = usePortfolio({ enabled: !imported });
  const importedData = useMemo(
    () => (imported ? importedAsPortfolio(imported) : undefined),
    [imported],
  );
  // A portfolio only the engine's Worker held, whose session ended (an import replaced it for a
  // while): it is held nowhere now, so it is loaded again.
  const gone = !imported && query.data?.held?.ended === true;
  const { refetch } = query;
  useEffect(() => {
    if (gone) void refetch();
  }, [gone, refetch]);
  if (imported) {
    return {
      source: 'imported',
      name: imported.name,
      data: importedData,
      error: null,
      isError: false,
      isFetching: false,
      refetch: () => undefined,
    };
  }
  return {
    source: 'api',
    name: undefined,
    data: gone ? undefined : query.data,
    error: query.error,
    isError: query.isError,
    isFetching: query.isFetching,
    refetch: () => void query.refetch(),
  };
}

/** The active portfolio's meta (data date, source, types) without loading its projects. */
export function useActiveMeta(): { meta: Meta | undefined; importedName: string | undefined } {
  const imported = useImportedPortfolio();
  const query = useMeta();
  const importedMeta = useMemo(
    () => (imported ? importedPortfolioMeta(imported) : undefined),
    [imported],
  );
  return imported
    ? { meta: importedMeta, importedName: imported.name }
    : { meta: query.data, importedName: undefined };
}
