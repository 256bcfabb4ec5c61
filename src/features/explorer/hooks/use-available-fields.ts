import { useMemo } from 'react';
import { PROJECT_FIELDS, type ProjectField, type ProjectSummary } from '@/domain/project';

/** The optional fields a project may leave out: their columns exist only where some project has them. */
const OPTIONAL_COLUMNS = ['funders', 'committedUsd', 'disbursedUsd', 'spentUsd'] as const;

/**
 * The fields the table and the export offer for a portfolio: every field, except the funder and
 * money columns when no project has such data (a portfolio without them shows no empty columns).
 */
export function useAvailableFields(projects: readonly ProjectSummary[]): ProjectField[] {
  return useMemo(() => {
    const present = new Set<ProjectField>();
    for (const p of projects) {
      for (const field of OPTIONAL_COLUMNS) if (p[field] !== undefined) present.add(field);
      if (present.size === OPTIONAL_COLUMNS.length) break;
    }
    const absent = new Set<string>(OPTIONAL_COLUMNS.filter((f) => !present.has(f)));
    return PROJECT_FIELDS.filter((f) => !absent.has(f));
  }, [projects]);
}
