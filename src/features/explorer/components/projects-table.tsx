import type { TFunction } from 'i18next';
import {
  getCoreRowModel,
  useReactTable,
  type SortingState,
  type Updater,
  type VisibilityState,
} from '@tanstack/react-table';
import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  type FocusEvent,
  type MouseEvent,
} from 'react';
import { useT } from '@/hooks/i18n';
import { useNavigate } from 'react-router';
import type { Language } from '@/domain/codes';
import type { Kpis, MoneyTotals } from '@/domain/engine/types';
import type { SortKey } from '@/domain/filters';
import { PROJECT_FIELDS, type ProjectField } from '@/domain/project';
import { fieldLabel } from '@/domain/project-fields';
import { fromSortingState, nextSort, toSortingState } from '../lib/sort-state';
import {
  cellContent,
  COLUMN_WIDTH,
  NUMERIC_COLUMNS,
  PROJECT_COLUMNS,
  projectPath,
  type ProjectRow,
} from '../lib/table-columns';
import { useEngineClient } from '@/hooks/portfolio/explore-context';
import { useFixedColumns, type ColumnWindow } from '@/hooks/use-fixed-columns';
import { useFixedRows } from '@/hooks/use-fixed-rows';
import { useProjectsAt } from '@/hooks/portfolio/use-projects-at';
import { followedLink, linkPath } from '@/lib/link-click';
import { useListReturn } from '../hooks/use-list-return';
import { drawnColumns, STICKY_COLUMNS } from '../lib/drawn-columns';
import { tableSpacers } from '../lib/table-spacers';
import { SortHeader } from './sort-header';
import { TotalsRow } from './totals-row';

/** Each body cell's class: its column, and `num` for numbers. */
const CELL_CLASS = Object.fromEntries(
  PROJECT_FIELDS.map((f) => [f, `explorer-col-${f}${NUMERIC_COLUMNS.has(f) ? ' num' : ''}`]),
) as Record<ProjectField, string>;

/** TanStack Table holds no rows: it describes the columns, their visibility and the sort. */
const NO_ROWS: ProjectRow[] = [];

/** Every row has this height, so where each row is follows by arithmetic, without measuring. */
export const ROW_HEIGHT = 36;
/**
 * The sticky heading's height (`thead th { height: 3rem }`): the first row starts below it, and
 * the rows it covers at the bottom of the box are not drawn.
 */
export const HEADING_HEIGHT = 48;
/** The scroll box's height until it is measured (before the first paint). */
const INITIAL_HEIGHT = 20 * ROW_HEIGHT;
/** A row's key: its position (see the body below). */
const positionKey = (index: number) => String(index);
/**
 * Rows rendered above and below the visible ones, so fast scrolling does not flash blank; as few
 * as the phone cards', since every one of them is drawn again on each filter change.
 */
const OVERSCAN = 4;
/** Columns drawn beyond each side of those in view, so a sideways scroll does not flash blank. */
const COLUMN_OVERSCAN = 1;
/** The scroll box's width until it is measured (and in jsdom, which lays nothing out). */
const INITIAL_WIDTH = 1280;

interface ProjectsTableProps {
  /** Indices into the portfolio in display order (the engine's `view.rows`). */
  rows: Uint32Array;
  kpis: Kpis;
  money: MoneyTotals;
  /** The columns this portfolio has (funder and money columns only where there is such data). */
  fields: readonly ProjectField[];
  sort: readonly SortKey[];
  onSortChange: (sort: SortKey[]) => void;
  hidden: readonly ProjectField[];
  lang: Language;
  /** The current query string, kept on project links so Back restores the view. */
  search: string;
  pending: boolean;
}

/**
 * The filtered projects as a table. TanStack Table describes the columns, visibility and sort
 * state (the engine has already sorted `rows`); only the rows in view are drawn, found by
 * arithmetic from the scroll position (every row has one height), so the DOM stays the same size
 * and a new filter costs the same for 100 or 1,000,000 projects. In those rows, only the columns
 * in view beside the sticky title are drawn, found from the column widths. aria-rowcount,
 * aria-rowindex, aria-colcount and aria-colindex tell assistive technology the true size.
 */
export function ProjectsTable({
  rows,
  kpis,
  money,
  fields,
  sort,
  onSortChange,
  hidden,
  lang,
  search,
  pending,
}: ProjectsTableProps) {
  const { t } = useT('explorer');
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The rows in view by arithmetic: a virtualiser that measures would lay out every row of a new
  // list (82 ms for a million).
  const { items, totalSize } = useFixedRows({
    count: rows.length,
    scrollRef,
    rowHeight: ROW_HEIGHT,
    margin: HEADING_HEIGHT,
    overscan: OVERSCAN,
    getKey: positionKey,
    initialHeight: INITIAL_HEIGHT,
  });
  // A new filter or sort is a new list, read from the top; back from a project, the list is
  // where it was, with focus on that project's row.
  const noteOpened = useListReturn(scrollRef, rows.length, search);
  // The projects of the rows drawn: from the portfolio, or asked of the engine's Worker.
  const projectAt = useProjectsAt(
    useEngineClient(),
    rows,
    items[0]?.index ?? 0,
    (items.at(-1)?.index ?? -1) + 1,
  );
  // Only the rendered rows go to TanStack Table: its row model then costs the same at any size.
  const data = useMemo<ProjectRow[]>(
    () =>
      items.flatMap((item) => {
        const project = projectAt(rows[item.index] ?? -1);
        return project ? [{ project, position: item.index }] : [];
      }),
    [items, projectAt, rows],
  );
  const sorting = useMemo(() => toSortingState(sort), [sort]);
  const columnVisibility = useMemo<VisibilityState>(
    () =>
      Object.fromEntries(
        PROJECT_FIELDS.filter((f) => hidden.includes(f) || !fields.includes(f)).map((f) => [
          f,
          false,
        ]),
      ),
    [hidden, fields],
  );
  // No React Compiler in this app: the table's functions are read fresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: NO_ROWS,
    columns: PROJECT_COLUMNS,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    state: { sorting, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) =>
      onSortChange(fromSortingState(typeof updater === 'function' ? updater(sorting) : updater)),
  });

  // The columns shown, in the table's order (TanStack's visible columns, without its per-render
  // array): the same array until the columns change, so the body and totals are drawn again only
  // for what they show.
  const visible = useMemo(
    () => PROJECT_FIELDS.filter((f) => columnVisibility[f] !== false),
    [columnVisibility],
  );
  // The same function while the sort is unchanged: a filter click draws no heading again.
  const sortBy = useCallback(
    (field: ProjectField, multi: boolean) => onSortChange(nextSort(sort, field, multi)),
    [onSortChange, sort],
  );
  const widths = useMemo(() => visible.map((f) => COLUMN_WIDTH[f]), [visible]);
  const width = widths.reduce((sum, w) => sum + w, 0);
  // The columns in view by arithmetic from their widths: a filter click rewrites the cells of
  // about 6 columns, not 16; the others are one empty cell spanning them, so the table keeps its
  // width and the scroll its extent.
  const columns = useFixedColumns({
    widths,
    pinned: STICKY_COLUMNS,
    scrollRef,
    overscan: COLUMN_OVERSCAN,
    initialWidth: INITIAL_WIDTH,
  });
  const { top: paddingTop, bottom: paddingBottom } = tableSpacers(
    data,
    items[0]?.index,
    ROW_HEIGHT,
    totalSize,
  );

  // Rows are keyed by position: a row whose link has focus stays in the DOM when the filter or
  // the sort changes and may then show another project. Focus follows the project it was on, or
  // goes to the table when that project is no longer drawn.
  const tableRef = useRef<HTMLTableElement>(null);
  const focusedId = useRef<string | undefined>(undefined);
  const noteFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    focusedId.current = (event.target as Element).closest('tr')?.dataset.id;
  };
  useLayoutEffect(() => {
    const id = focusedId.current;
    const active = document.activeElement;
    const body = tableRef.current?.tBodies[0];
    if (!id || !active || !body?.contains(active)) return;
    if (active.closest('tr')?.dataset.id === id) return;
    const link = body.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"] a`);
    if (link) link.focus({ preventScroll: true });
    else {
      focusedId.current = undefined;
      tableRef.current?.focus({ preventScroll: true });
    }
  }, [data]);

  const openRow = (event: MouseEvent<HTMLTableSectionElement>) => {
    const target = event.target as Element;
    const id = target.closest('tr')?.dataset.id;
    if (!id) return;
    const link = followedLink(event);
    if (link) {
      // The title link, followed in the app like a router link.
      event.preventDefault();
      noteOpened(id);
      void navigate(linkPath(link));
      return;
    }
    if (target.closest('a')) noteOpened(id);
    // Links and controls in the row do their own thing; selecting text is not a click.
    if (target.closest('a, button, input, select, label') || window.getSelection()?.toString())
      return;
    noteOpened(id);
    const to = `${projectPath(id)}${search}`;
    if (event.ctrlKey || event.metaKey) window.open(to, '_blank', 'noopener');
    else void navigate(to);
  };

  return (
    <div className="explorer-table-scroll" ref={scrollRef}>
      <table
        ref={tableRef}
        tabIndex={-1}
        className="explorer-table"
        aria-label={t('tableLabel')}
        aria-rowcount={rows.length + 2}
        aria-colcount={visible.length}
        aria-busy={pending || undefined}
        style={{ width }}
      >
        <colgroup>
          {visible.map((f) => (
            <col key={f} style={{ width: COLUMN_WIDTH[f] }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header, i) => (
                <SortHeader
                  key={header.id}
                  colIndex={i + 1}
                  field={header.column.id as ProjectField}
                  label={fieldLabel(header.column.id as ProjectField, lang)}
                  sorted={header.column.getIsSorted()}
                  priority={header.column.getSortIndex() + 1}
                  sortKeys={sort.length}
                  onSort={sortBy}
                />
              ))}
            </tr>
          ))}
        </thead>
        {/* The keyboard way to open a project is the title link in each row; the row click is a mouse shortcut. */}
        {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
        <tbody onClick={openRow} onFocus={noteFocus}>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className="explorer-spacer">
              <td colSpan={visible.length} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          <TableRows
            data={data}
            visible={visible}
            columns={columns}
            lang={lang}
            t={t}
            search={search}
          />
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className="explorer-spacer">
              <td colSpan={visible.length} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
        <TotalsRow
          visible={visible}
          columns={columns}
          kpis={kpis}
          money={money}
          rowIndex={rows.length + 2}
          lang={lang}
        />
      </table>
    </div>
  );
}

interface TableRowsProps {
  data: ProjectRow[];
  visible: readonly ProjectField[];
  /** The columns drawn after the pinned ones; the others are gap cells. */
  columns: ColumnWindow;
  lang: Language;
  t: TFunction;
  search: string;
}

/**
 * The rows drawn. Keyed by position: a new filter rewrites the text of the rows drawn, not the
 * rows. Memoised: the screen renders again when the "Updating…" state flips and when the address
 * changes, and the rows then only for new projects, columns, language or links.
 */
const TableRows = memo(function TableRows({
  data,
  visible,
  columns,
  lang,
  t,
  search,
}: TableRowsProps) {
  const drawn = drawnColumns(visible, columns);
  return data.map(({ project, position }) => (
    <tr
      key={position}
      data-id={project.id}
      aria-rowindex={position + 2}
      style={{ height: ROW_HEIGHT }}
    >
      {drawn.map((column) =>
        'gap' in column ? (
          <td key={column.key} colSpan={column.gap} aria-hidden="true" className="explorer-gap" />
        ) : (
          <td
            key={column.field}
            aria-colindex={column.index + 1}
            className={CELL_CLASS[column.field]}
          >
            {cellContent({ project, field: column.field, lang, t, search })}
          </td>
        ),
      )}
    </tr>
  ));
});
