import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { renderRoute } from '@/test/render-route';
import { fakeClientSize } from '@/test/client-size';
import { getMockPortfolio } from '@mocks/data/portfolio';
import { parseProjectSummaries } from '@/domain/parse-record';
import type * as ColumnsModule from '../lib/table-columns';

/** Cells drawn: every call of the body's cell renderer. */
const cells = vi.hoisted(() => ({ drawn: 0 }));
vi.mock('../lib/table-columns', async (importOriginal) => {
  const actual = await importOriginal<typeof ColumnsModule>();
  return {
    ...actual,
    cellContent: (...args: Parameters<typeof actual.cellContent>) => {
      cells.drawn += 1;
      return actual.cellContent(...args);
    },
  };
});

setupMockServer();
// 600 px of rows at 36 px each: about 17 rows in view plus the overscan; 900 px wide, so the
// columns from 340 px (right of the 340 px sticky title) to 900 px are in view.
fakeClientSize('explorer-table-scroll', { height: 600, width: 900 });

/** The projects the app shows, parsed from what the mock API serves. */
function servedProjects() {
  const { projects, meta } = getMockPortfolio();
  return parseProjectSummaries(projects, meta.asOf).projects;
}
const table = () => screen.findByRole('table', { name: 'Projects' });
const rows = (element: HTMLElement) => [
  ...element.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]'),
];
const linkOf = (row: HTMLTableRowElement) => row.querySelector<HTMLAnchorElement>('a')!;
const regionOf = (id: string) => servedProjects().find((p) => p.id === id)!.region;

describe('Projects table rows drawn', () => {
  it('draws the rows that fit below the sticky heading, and a few more below them', async () => {
    renderRoute('/projects?lang=en');
    const drawn = rows(await table());
    // The box is 600 px high: 552 px below the 48 px heading hold parts of 16 rows of 36 px
    // (0–15), and 4 more are drawn for scrolling; a row hidden behind the heading is not drawn.
    expect(drawn.map((row) => Number(row.getAttribute('aria-rowindex')) - 2)).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
  });
});

describe('Projects table on a filter change', () => {
  it('writes the new projects into the cells already drawn, not into new ones', async () => {
    const { router } = renderRoute('/projects?lang=en');
    const before = rows(await table());
    const firstId = before[0]!.dataset.id!;
    const link = linkOf(before[0]!);
    const cell = before[0]!.cells[1]!.firstElementChild;
    const other = servedProjects().find((p) => p.region !== regionOf(firstId))!.region;
    await act(() => router.navigate(`/projects?lang=en&region=${other}`));
    await waitFor(async () => expect(rows(await table())[0]!.dataset.id).not.toBe(firstId));
    const after = rows(await table())[0]!;
    // The same elements (a cell renderer that changed identity would mount new ones), their
    // text and the link's query string those of the new view.
    expect(linkOf(after)).toBe(link);
    expect(after.cells[1]!.firstElementChild).toBe(cell);
    expect(link.getAttribute('href')).toContain(`region=${other}`);
  });

  it('keeps focus on the project whose link had it, or on the table once it is gone', async () => {
    const { router } = renderRoute('/projects?lang=en');
    const drawn = rows(await table());
    // A project with a project of another region before it: filtered by its region, it moves up.
    const index = drawn.findIndex(
      (row, i) =>
        i > 0 &&
        drawn.slice(0, i).some((r) => regionOf(r.dataset.id!) !== regionOf(row.dataset.id!)),
    );
    const id = drawn[index]!.dataset.id!;
    const region = regionOf(id);
    act(() => linkOf(drawn[index]!).focus());
    await act(() => router.navigate(`/projects?lang=en&region=${region}`));
    await waitFor(() => expect(document.activeElement?.closest('tr')?.dataset.id).toBe(id));
    expect(rows(screen.getByRole('table', { name: 'Projects' }))[index]?.dataset.id).not.toBe(id);

    // Filtered to another region: the project is not drawn any more.
    const other = servedProjects().find((p) => p.region !== region)!.region;
    await act(() => router.navigate(`/projects?lang=en&region=${other}`));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('table', { name: 'Projects' })),
    );
  });
});

describe('Projects table when the screen around it changes', () => {
  it('draws no cell again when its rows, columns, language and links are unchanged', async () => {
    renderRoute('/projects?lang=en');
    expect(rows(await table()).length).toBeGreaterThan(0);
    const drawn = cells.drawn;
    expect(drawn).toBeGreaterThan(0);
    // A setting of the screen's export, beside the table: the screen renders again.
    fireEvent.click(screen.getByRole('checkbox', { name: 'All columns' }));
    expect(screen.getByRole('checkbox', { name: 'All columns' })).toBeChecked();
    expect(cells.drawn).toBe(drawn);
  });
});

/** The fields of a row's drawn cells (by their column class) and their aria-colindex. */
const drawnCells = (row: HTMLTableRowElement) =>
  [...row.cells]
    .filter((cell) => !cell.classList.contains('explorer-gap'))
    .map((cell) => [
      /explorer-col-(\w+)/.exec(cell.className)?.[1],
      Number(cell.getAttribute('aria-colindex')),
    ]);
/** How many columns a row's cells stand for: a gap cell spans those not drawn. */
const spanned = (row: HTMLTableRowElement) => [...row.cells].reduce((n, c) => n + c.colSpan, 0);
/** Scrolls the table's box sideways, as the browser would, and tells its listeners. */
const scrollSideways = (element: HTMLElement, left: number) => {
  const box = element.closest<HTMLElement>('.explorer-table-scroll')!;
  box.scrollLeft = left;
  fireEvent.scroll(box);
};

describe('Projects table columns drawn', () => {
  it('draws the sticky title and the columns in view, with their positions for assistive technology', async () => {
    renderRoute('/projects?lang=en');
    const element = await table();
    // Every column of the sample portfolio is shown: 16, in the heading with their positions.
    expect(element).toHaveAttribute('aria-colcount', '16');
    const headers = within(element).getAllByRole('columnheader');
    expect(headers.map((th) => Number(th.getAttribute('aria-colindex')))).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    // 340–900 px holds the start date to the type (340–975 px); the budget is one more.
    const first = rows(element)[0]!;
    expect(drawnCells(first)).toEqual([
      ['title', 1],
      ['startDate', 2],
      ['endDate', 3],
      ['status', 4],
      ['type', 5],
      ['budgetUsd', 6],
    ]);
    const totals = element.querySelector<HTMLTableRowElement>('tfoot tr')!;
    expect(drawnCells(totals).map(([, index]) => index)).toEqual([1, 2, 3, 4, 5, 6]);
    // The other columns are one empty cell, so every row spans all 16 columns: their widths (the
    // column group) and the table's width, hence its scroll width, are those of all 16.
    for (const row of [...rows(element), totals]) expect(spanned(row)).toBe(16);
    const cols = [...element.querySelectorAll('col')].map((col) => parseFloat(col.style.width));
    expect(cols).toHaveLength(16);
    expect(parseFloat(element.style.width)).toBe(cols.reduce((a, b) => a + b, 0));
  });

  it('draws the columns further right when the box scrolls sideways, and no others', async () => {
    renderRoute('/projects?lang=en');
    const element = await table();
    const before = rows(element)[0]!;
    act(() => scrollSideways(element, 1_500));
    // 1,840–2,400 px: the countries (1,720–1,940 px) to the disbursed amounts (2,280–2,420 px),
    // one more on each side; the title stays.
    const after = rows(element)[0]!;
    expect(after).toBe(before);
    expect(drawnCells(after)).toEqual([
      ['title', 1],
      ['id', 11],
      ['countries', 12],
      ['funders', 13],
      ['committedUsd', 14],
      ['disbursedUsd', 15],
      ['spentUsd', 16],
    ]);
    expect(spanned(after)).toBe(16);
    expect(after.cells[1]).toHaveAttribute('colspan', '9');
    expect(after.cells[1]).toHaveAttribute('aria-hidden', 'true');
  });

  it('skips the columns hidden from the Columns menu, counting and placing only those shown', async () => {
    const user = userEvent.setup();
    renderRoute('/projects?lang=en');
    const element = await table();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    const menu = screen.getByRole('group', { name: 'Visible columns' });
    await user.click(within(menu).getByRole('checkbox', { name: 'Start date' }));
    await user.click(within(menu).getByRole('checkbox', { name: 'End date' }));
    await waitFor(() => expect(element).toHaveAttribute('aria-colcount', '14'));
    // 340–900 px now holds the status to the coverage (340–930 px); the year is one more.
    const first = rows(element)[0]!;
    expect(drawnCells(first)).toEqual([
      ['title', 1],
      ['status', 2],
      ['type', 3],
      ['budgetUsd', 4],
      ['coverage', 5],
      ['year', 6],
    ]);
    expect(spanned(first)).toBe(14);
  });
});
