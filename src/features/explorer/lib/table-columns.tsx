import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { codedLabel, countryName, type Language } from '@/domain/codes';
import type { ProjectSummary } from '@/domain/project';
import {
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

const helper = createColumnHelper<ProjectRow>();
export type ProjectColumn = ColumnDef<ProjectRow, ProjectSummary[ProjectField]>;

/**
 * The table's columns in the order of DESIGN §2, for its headings, visibility and sort state.
 * Sorting is the engine's (manualSorting): the column definitions never compare. The body's cells
 * are drawn by `cellContent`, not through TanStack Table's row model: a filter click rewrites
 * every cell drawn, and that path costs no row model, cell objects or component per cell.
 */
export const PROJECT_COLUMNS: ProjectColumn[] = PROJECT_FIELDS.map((field) =>
  helper.accessor((row) => row.project[field], {
    id: field,
    enableHiding: !ALWAYS_VISIBLE.has(field),
  }),
);

interface CellProps {
  project: ProjectSummary;
  field: ProjectField;
  lang: Language;
  t: TFunction<'explorer'>;
  search: string;
}

/**
 * The content of one body cell: a plain function, not a component, so the ≈ 400 cells a filter
 * click rewrites add no fibre of their own; the elements keep their type, so React writes the new
 * text into the cells already drawn.
 */
export function cellContent({ project, field, lang, t, search }: CellProps) {
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
