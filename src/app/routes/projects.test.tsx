import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { computeViewNaive } from '@/test/naive-engine';
import { emptyFilters, type Filters, type SortKey } from '@/domain/filters';
import { renderRoute } from '@/test/render-route';
import { servedProjects } from './projects.test-utils';
import { fakeClientSize } from '@/test/client-size';

setupMockServer();
// 600 px of rows at 36 px each: about 17 rows in view plus the overscan.
fakeClientSize('explorer-table-scroll', { height: 600 });
const ASIA_COMPLETED: Filters = {
  ...emptyFilters(),
  region: ['asia-oceania'],
  status: ['completed'],
};
const PATH = '/projects?lang=en&region=asia-oceania&status=completed';

async function findTable() {
  return screen.findByRole('table', { name: 'Projects' });
}

/** The ids of the data rows in the DOM, in order, and their aria-rowindex. */
function renderedRows(table: HTMLElement) {
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')];
  return {
    ids: rows.map((r) => r.dataset.id),
    indexes: rows.map((r) => Number(r.getAttribute('aria-rowindex'))),
  };
}

function expectedIds(sort: SortKey[]): string[] {
  const projects = servedProjects();
  const view = computeViewNaive(projects, ASIA_COMPLETED, sort, 'en');
  return [...view.rows].map((i) => projects[i]!.id);
}

describe('Projects screen', () => {
  it('renders the first rows of the filtered view, in order, and no more than fit', async () => {
    renderRoute(PATH);
    const table = await findTable();
    const expected = expectedIds([]);
    const { ids, indexes } = renderedRows(table);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.length).toBeLessThan(40);
    expect(ids).toEqual(expected.slice(0, ids.length));
    expect(indexes).toEqual(ids.map((_, i) => i + 2));
    expect(table).toHaveAttribute('aria-rowcount', String(expected.length + 2));
  });

  it('shows a live summary and a totals row that equal the portfolio sums', async () => {
    renderRoute(PATH);
    const table = await findTable();
    const matching = servedProjects().filter(
      (p) => p.region === 'asia-oceania' && p.status === 'completed',
    );
    const budget = matching.reduce((sum, p) => sum + (p.budgetUsd ?? 0), 0);
    const money = new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    }).format(budget);
    const summary = screen.getByRole('status');
    expect(summary).toHaveTextContent(`${matching.length} projects · ${money}`);
    expect(summary).toHaveAttribute('aria-live', 'polite');
    const totals = table.querySelector('tfoot tr')!;
    expect(within(totals as HTMLElement).getByRole('rowheader')).toHaveTextContent(
      `Total · ${matching.length} projects`,
    );
    expect(totals).toHaveTextContent(money);
  });

  it('sorts by a header click (in the URL) and adds a second key with Shift', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(PATH);
    const table = await findTable();
    const firstRow = table.querySelector('tbody tr[data-id]');
    await user.click(within(table).getByRole('button', { name: 'Title' }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('title:asc'),
    );
    const titleHeader = within(table).getByRole('columnheader', { name: /^Title/ });
    expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
    await waitFor(() =>
      expect(renderedRows(table).ids.slice(0, 10)).toEqual(
        expectedIds([{ field: 'title', dir: 'asc' }]).slice(0, 10),
      ),
    );
    // The new order is written into the rows already drawn: the first row is the same element.
    expect(table.querySelector('tbody tr[data-id]')).toBe(firstRow);
    expect(firstRow).toHaveAttribute('data-id', expectedIds([{ field: 'title', dir: 'asc' }])[0]);

    await user.keyboard('{Shift>}');
    await user.click(within(table).getByRole('button', { name: 'Budget (USD)' }));
    await user.keyboard('{/Shift}');
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('sort')).toBe(
        'title:asc,budgetUsd:asc',
      ),
    );
    const twoKeys: SortKey[] = [
      { field: 'title', dir: 'asc' },
      { field: 'budgetUsd', dir: 'asc' },
    ];
    await waitFor(() =>
      expect(renderedRows(table).ids.slice(0, 10)).toEqual(expectedIds(twoKeys).slice(0, 10)),
    );
    expect(within(table).getByRole('columnheader', { name: /^Budget/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await user.click(within(table).getByRole('button', { name: 'Title' }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('title:asc'),
    );
    expect(within(table).getByRole('columnheader', { name: /^Budget/ })).not.toHaveAttribute(
      'aria-sort',
    );
  });

  it('shows code columns as labels, countries as names and dates at their own precision', async () => {
    renderRoute('/projects?lang=en&q=RR.0083');
    const table = await findTable();
    const row = await waitFor(() => {
      const found = table.querySelector<HTMLElement>('tbody tr[data-id="RR.0083"]');
      expect(found).not.toBeNull();
      return found!;
    });
    // The table draws the columns in view: scrolled sideways step by step, every column's cell
    // is read once, by its position.
    const byColumn = new Map<number, string | null>();
    const box = table.closest<HTMLElement>('.explorer-table-scroll')!;
    for (const left of [0, 1_000, 2_000, 3_000]) {
      act(() => {
        box.scrollLeft = left;
        fireEvent.scroll(box);
      });
      for (const cell of within(row).getAllByRole('cell'))
        byColumn.set(Number(cell.getAttribute('aria-colindex')), cell.textContent);
    }
    const [title, ...cells] = [...byColumn].sort(([a], [b]) => a - b).map(([, text]) => text);
    expect(title).toBe(servedProjects().find((p) => p.id === 'RR.0083')!.title);
    expect(cells).toEqual([
      '2019',
      '2023',
      'Completed',
      'Assisted voluntary return and reintegration',
      'US$200,000',
      'National',
      '2019',
      'Asia and Oceania',
      'CN10P0503',
      'RR.0083',
      'China',
      // Funders and money moved: shown because the sample portfolio reports them.
      'United States',
      'US$200,000',
      'US$196,850',
      'US$196,850',
    ]);
    expect(within(row).getByRole('link')).toHaveAttribute(
      'href',
      '/projects/RR.0083?lang=en&q=RR.0083',
    );
  });

  it('opens the project page from a row click, keeping the query string', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(PATH);
    const table = await findTable();
    const first = renderedRows(table).ids[0]!;
    const row = table.querySelector<HTMLElement>(`tbody tr[data-id="${first}"]`)!;
    await user.click(within(row).getAllByRole('cell')[3]!);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/projects/${first}`));
    expect(router.state.location.search).toBe('?lang=en&region=asia-oceania&status=completed');
  });

  it('says when nothing matches and offers to show every project', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/projects?lang=en&q=zzzz-no-such-project');
    expect(await screen.findByText('No projects match these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Projects' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Show all projects' }));
    await waitFor(() => expect(router.state.location.search).not.toContain('q='));
    expect(await findTable()).toBeInTheDocument();
  });
});
