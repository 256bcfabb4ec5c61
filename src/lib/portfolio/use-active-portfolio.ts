import { useMemo } from 'react';
import type { Portfolio } from '@/lib/api/projects';
import { usePortfolio } from '@/lib/api/use-portfolio';
import { useImportedPortfolio } from './imported-portfolio';

/** The portfolio every screen shows: the imported one when there is one, else the API's. */
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
  const importedData = useMemo<Portfolio | undefined>(
    () =>
      imported
        ? {
            meta: {
              asOf: imported.importedAt.slice(0, 10),
              source: imported.name,
              currency: 'USD',
              projectCount: imported.projects.length + imported.rejected.length,
            },
            projects: imported.projects,
            rejected: imported.rejected,
            total: imported.projects.length + imported.rejected.length,
          }
        : undefined,
    [imported],
  );
  if (imported) {
    return { source: 'imported', name: imported.name, data: importedData, error: null, isError: false, isFetching: false, refetch: () => undefined };
  }
  return {
    source: 'api',
    name: undefined,
    data: query.data,
    error: query.error,
    isError: query.isError,
    isFetching: query.isFetching,
    refetch: () => void query.refetch(),
  };
}
