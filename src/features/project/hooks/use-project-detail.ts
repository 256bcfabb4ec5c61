import { useMemo } from 'react';
import type { Project, ProjectSummary } from '@/domain/project';
import { useMeta } from '@/hooks/use-portfolio';
import { useImportedPortfolio } from '@/hooks/portfolio/use-imported-portfolio';
import { isNotFound, useProjectQuery } from '../api/get-project';

/** Where the page's project came from: the API (with description and news) or an imported file. */
export type ProjectOrigin =
  { kind: 'api'; importedName: string | undefined } | { kind: 'imported'; name: string };

export type ProjectDetail =
  | { state: 'loading' }
  | { state: 'not-found' }
  | { state: 'error'; error: unknown; retry: () => void }
  | {
      state: 'ready';
      project: Project | ProjectSummary;
      origin: ProjectOrigin;
      asOf: string | undefined;
    };

/**
 * The project a page shows. A project of the imported portfolio comes from the imported
 * summary, so the page matches the other screens; any other id is asked of the API. The
 * imported portfolio is read directly rather than through the active portfolio, which would
 * load the whole project list just to show one project.
 */
export function useProjectDetail(id: string): ProjectDetail {
  const imported = useImportedPortfolio();
  const importedProject = useMemo(
    () => imported?.projects.find((p) => p.id === id),
    [imported, id],
  );
  const query = useProjectQuery(id, importedProject === undefined);
  const meta = useMeta();

  if (imported && importedProject) {
    return {
      state: 'ready',
      project: importedProject,
      origin: { kind: 'imported', name: imported.name },
      asOf: imported.importedAt.slice(0, 10),
    };
  }
  if (query.data) {
    return {
      state: 'ready',
      project: query.data,
      origin: { kind: 'api', importedName: imported?.name },
      asOf: meta.data?.asOf,
    };
  }
  if (query.isError) {
    if (isNotFound(query.error)) return { state: 'not-found' };
    return { state: 'error', error: query.error, retry: () => void query.refetch() };
  }
  return { state: 'loading' };
}
