import { act, fireEvent, screen, waitFor } from '@testing-library/react';
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
// 600 px of rows at 36 px each: about 17 rows in view plus the overscan.
fakeClientSize('explorer-table-scroll', { height: 600 });

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
