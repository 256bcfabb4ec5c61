import { useMemo } from 'react';
import type { Portfolio } from '@/lib/api/projects';
import { usePortfolio } from '@/hooks/use-portfolio';
import type { Meta } from '@/domain/project';
import { useImportedPortfolio, type ImportedPortfolio } from './imported-portfolio';

/** The meta of an imported portfolio: dated the day it was imported, its file as the source. */
export function importedPortfolioMeta(imported: ImportedPortfolio): Meta {
  const meta: Meta = {
    asOf: imported.importedAt.slice(0, 10),
    source: imported.name,
    currency: 'USD',
    projectCount: imported.projects.length + imported.rejected.length,
  };
  if (imported.types) meta.types = imported.types;
  return meta;
}

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
            meta: importedPortfolioMeta(imported),
            projects: imported.projects,
            rejected: imported.rejected,
            total: imported.projects.length + imported.rejected.length,
          }
        : undefined,
    [imported],
  );
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
    data: query.data,
    error: query.error,
    isError: query.isError,
    isFetching: query.isFetching,
    refetch: () => void query.refetch(),
  };
}
