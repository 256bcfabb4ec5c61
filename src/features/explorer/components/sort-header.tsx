import { memo } from 'react';
import type { ProjectField } from '@/domain/project';
import { NUMERIC_COLUMNS } from '../lib/table-columns';
import { useT } from '@/hooks/i18n';

interface SortHeaderProps {
  field: ProjectField;
  /** Its position among the columns shown, from 1 (aria-colindex). */
  colIndex: number;
  label: string;
  /** The column's direction in the sort, or false when it does not sort. */
  sorted: false | 'asc' | 'desc';
  /** Its place among the sort keys, from 1. */
  priority: number;
  /** How many keys the sort has: the priority number only shows when there are several. */
  sortKeys: number;
  onSort: (field: ProjectField, multi: boolean) => void;
}

/**
 * A column heading whose button sorts by the column (Shift adds a secondary key). The state
 * comes from the URL through TanStack Table: `aria-sort` on every sorted heading, the key's
 * number when several keys sort. Drawn again only when its own sort state or label changes.
 */
export const SortHeader = memo(function SortHeader({
  field,
  colIndex,
  label,
  sorted,
  priority,
  sortKeys,
  onSort,
}: SortHeaderProps) {
  const { t } = useT('explorer');
  const numeric = NUMERIC_COLUMNS.has(field);
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
  return (
    <th
      scope="col"
      aria-colindex={colIndex}
      aria-sort={ariaSort}
      className={`explorer-col-${field}${numeric ? ' num' : ''}`}
    >
      <button
        type="button"
        className="explorer-sort"
        onClick={(e) => onSort(field, e.shiftKey)}
        // Shift+click would otherwise select the page's text between two clicks.
        onMouseDown={(e) => {
          if (e.shiftKey) e.preventDefault();
        }}
      >
        <span className="explorer-sort-label">{label}</span>
        <span
          className={sorted ? 'explorer-sort-icon active' : 'explorer-sort-icon'}
          aria-hidden="true"
        >
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '⇅'}
          {sorted && sortKeys > 1 ? <sup>{priority}</sup> : null}
        </span>
      </button>
      {sorted && sortKeys > 1 ? (
        <span className="visually-hidden">{t('sortPriority', { n: priority })}</span>
      ) : null}
    </th>
  );
});
