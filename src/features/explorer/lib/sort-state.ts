import type { SortingState } from '@tanstack/react-table';
import type { SortKey } from '@/domain/filters';
import { PROJECT_FIELDS, type ProjectField } from '@/domain/project';

const FIELDS: ReadonlySet<string> = new Set(PROJECT_FIELDS);

/** The URL's sort as TanStack Table state (the table only displays it; the engine sorts). */
export function toSortingState(sort: readonly SortKey[]): SortingState {
  return sort.map((key) => ({ id: key.field, desc: key.dir === 'desc' }));
}

/** TanStack Table sorting state back to sort keys, ignoring ids that are not project fields. */
export function fromSortingState(sorting: SortingState): SortKey[] {
  return sorting
    .filter((s) => FIELDS.has(s.id))
    .map((s) => ({ field: s.id as ProjectField, dir: s.desc ? 'desc' : 'asc' }));
}

/**
 * The sort after a click on a column's header.
 * A plain click makes the column the only key: ascending, then descending, then unsorted.
 * A Shift+click (`multi`) keeps the other keys: it adds the column as the last key (ascending),
 * then turns it descending, then removes it.
 */
export function nextSort(sort: readonly SortKey[], field: ProjectField, multi: boolean): SortKey[] {
  const existing = sort.find((k) => k.field === field);
  if (multi) {
    if (!existing) return [...sort, { field, dir: 'asc' }];
    if (existing.dir === 'asc')
      return sort.map((k) => (k.field === field ? { field, dir: 'desc' } : k));
    return sort.filter((k) => k.field !== field);
  }
  const only = sort.length === 1 && existing !== undefined;
  if (!only) return [{ field, dir: 'asc' }];
  return existing.dir === 'asc' ? [{ field, dir: 'desc' }] : [];
}
