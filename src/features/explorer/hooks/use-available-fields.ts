import { useMemo } from 'react';
import { OPTIONAL_FIELDS, type OptionalField } from '@/domain/engine/types';
import { PROJECT_FIELDS, type ProjectField } from '@/domain/project';

/**
 * The fields the table and the export offer for a portfolio: every field, except the funder and
 * money columns when no project has such data (a portfolio without them shows no empty columns).
 * Which optional fields the portfolio has comes from the engine (`held.optionalFields`).
 */
export function useAvailableFields(present: readonly OptionalField[]): ProjectField[] {
  return useMemo(() => {
    const absent = new Set<string>(OPTIONAL_FIELDS.filter((f) => !present.includes(f)));
    return PROJECT_FIELDS.filter((f) => !absent.has(f));
  }, [present]);
}
