import { createColumnHelper, type ColumnDef, type RowData } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { codedLabel, countryName, type Language } from '@/domain/codes';
import type { ProjectSummary } from '@/domain/project';
import {
  fieldLabel,
  fieldSpec,
  NUMERIC_FIELDS,
  PROJECT_FIELDS,
  type MoneyMovedField,
  type ProjectField,
} from '@/domain/project-fields';
import { formatBudget, formatPartialDate, formatUsd } from '@/lib/format';

/** One visible row of the table: the project and its 0-based position in the filtered order. */
export interface ProjectRow {
  project: ProjectSummary;
  position: number;
}

/** Column widths in pixels: fixed, so that rows keep their height and columns do not jump while scrolling. */
export const COLUMN_WIDTH: Record<ProjectField, number> = {
  title: 340,
  startDate: 145,
  endDate: 145,
  status: 115,
  type: 230,
  budgetUsd: 140,
  coverage: 105,
  year: 95,
  region: 190,
  primaId: 115,
  id: 100,
  countries: 220,
  funders: 200,
  committedUsd: 140,
  disbursedUsd: 140,
  spentUsd: 140,
};

/** Columns whose values are numbers, aligned right. */
export const NUMERIC_COLUMNS = NUMERIC_FIELDS;

/** The title column holds each row's link, so it can never be hidden. */
export const ALWAYS_VISIBLE: ReadonlySet<ProjectField> = new Set<ProjectField>(['title']);

/** The page of a project, with the current query string so that Back restores the view. */
export function projectPath(id: string): string {
  return `/projects/${encodeURIComponent(id)}`;
}

/** The text of a cell: what a person reads, in the language (labels for codes, names for countries). */
export function cellText(project: ProjectSummary, field: ProjectField, lang: Language): string {
  switch (field) {
    case 'startDate':
      return formatPartialDate(project.startDate, lang);
    case 'endDate':
      return formatPartialDate(project.endDate, lang);
    case 'status':
    case 'type':
    case 'coverage':
    case 'region':
      return codedLabel(project, field, lang);
    case 'budgetUsd':
      return formatBudget(project.budgetUsd, lang);
    case 'year':
      return String(project.year);
    case 'countries':
      return project.countries.map((code) => countryName(code, lang)).join(', ');
    case 'funders':
      return (project.funders ?? []).map((f) => f.name).join(', ');
    case 'committedUsd':
    case 'disbursedUsd':
    case 'spentUsd': {
      const amount = project[field];
      return amount === undefined ? '' : formatUsd(amount, lang);
    }
    default:
      return project[field];
  }
}

declare module '@tanstack/react-table' {
  // The table's own data for its cells: the query string the title links keep.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface TableMeta<TData extends RowData> {
    search?: string;
  }
}

const helper = createColumnHelper<ProjectRow>();
export type ProjectColumn = ColumnDef<ProjectRow, ProjectSummary[ProjectField]>;

/**
 * The table's columns in the order of DESIGN §2. Sorting is the engine's (manualSorting): the
 * column definitions only say how a cell reads, never how to compare. They depend on the language
 * only: a cell renderer is a component to React, so new columns on each filter would unmount and
 * mount every cell of the rows drawn (and lay them all out again). The query string the title
 * links keep comes from the table's `meta`.
 */
export function projectColumns(lang: Language, t: TFunction<'explorer'>): ProjectColumn[] {
  return PROJECT_FIELDS.map((field) =>
    helper.accessor((row) => row.project[field], {
      id: field,
      header: () => fieldLabel(field, lang),
      enableHiding: !ALWAYS_VISIBLE.has(field),
      cell: ({ row, table }) => (
        <Cell
          project={row.original.project}
          field={field}
          lang={lang}
          t={t}
          search={table.options.meta?.search ?? ''}
        />
      ),
    }),
  );
}

interface CellProps {
  project: ProjectSummary;
  field: ProjectField;
  lang: Language;
  t: TFunction<'explorer'>;
  search: string;
}

function Cell({ project, field, lang, t, search }: CellProps) {
  const text = cellText(project, field, lang);
  if (field === 'title') {
    return (
      // A plain link: the table's body follows it in the app (src/lib/link-click.ts), so a row
      // drawn again costs no router subscription.
      <a href={`${projectPath(project.id)}${search}`} title={text} className="explorer-title-link">
        {text}
      </a>
    );
  }
  if (field === 'endDate' && !project.endDate) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('noEndDate')}</span>
      </>
    );
  }
  if (fieldSpec(field).kind === 'money-moved' && project[field as MoneyMovedField] === undefined) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('notProvided')}</span>
      </>
    );
  }
  if (field === 'spentUsd' && project.spentUsd! > (project.budgetUsd ?? Infinity)) {
    return (
      <span className="explorer-overspent" title={t('overspent')}>
        {text}
        <span className="visually-hidden"> ({t('overspent')})</span>
      </span>
    );
  }
  if (field === 'status') {
    return (
      <span className={`explorer-status explorer-status-${project.status}`}>
        <span className="explorer-status-dot" aria-hidden="true" />
        {text}
      </span>
    );
  }
  return <span title={text.length > 24 ? text : undefined}>{text}</span>;
}
