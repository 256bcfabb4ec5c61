import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { computeViewNaive } from '@/test/naive-engine';
import { emptyFilters, type SortKey } from '@/domain/filters';
import { i18n } from '@/hooks/i18n';
import { readDownloadedCsv, setupDownloads } from '@/test/downloads';
import { renderRoute } from '@/test/render-route';
import { servedProjects } from './projects.test-utils';
import { fakeClientSize } from '@/test/client-size';

setupMockServer();
fakeClientSize('explorer-table-scroll', { height: 600 });

const SORT: SortKey[] = [
  { field: 'budgetUsd', dir: 'desc' },
  { field: 'title', dir: 'asc' },
];
const PATH = '/projects?lang=en&region=asia-oceania&sort=budgetUsd:desc,title:asc';

const downloads = setupDownloads();
afterEach(async () => {
  await i18n.changeLanguage('en');
});

async function findTable() {
  return screen.findByRole('table', { name: 'Projects' });
}

function expectedIds(): string[] {
  const projects = servedProjects();
  const view = computeViewNaive(
    projects,
    { ...emptyFilters(), region: ['asia-oceania'] },
    SORT,
    'en',
  );
  return [...view.rows].map((i) => projects[i]!.id);
}

async function parsedDownload(delimiter: string) {
  await waitFor(() => expect(downloads).toHaveLength(1));
  const { errors, ...csv } = await readDownloadedCsv(downloads[0]!, delimiter);
  expect(errors).toEqual([]);
  return csv;
}

const keyOf = (cell: string) => /\[(\w+)\]$/.exec(cell)?.[1];

describe('Projects screen: columns and export', () => {
  it('hides a column from the Columns menu and remembers it', async () => {
    const user = userEvent.setup();
    renderRoute(PATH);
    let table = await findTable();
    expect(within(table).getByRole('columnheader', { name: 'Region' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    const menu = screen.getByRole('group', { name: 'Visible columns' });
    expect(within(menu).getByRole('checkbox', { name: 'Title' })).toBeDisabled();
    await user.click(within(menu).getByRole('checkbox', { name: 'Region' }));
    expect(within(table).queryByRole('columnheader', { name: 'Region' })).toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Visible columns' })).toBeNull();
    expect(screen.getByRole('button', { name: /^Columns/ })).toHaveFocus();

    cleanup();
    renderRoute(PATH);
    table = await findTable();
    expect(within(table).queryByRole('columnheader', { name: 'Region' })).toBeNull();
    expect(within(table).getByRole('columnheader', { name: 'Status' })).toBeInTheDocument();
  });

  it('exports every filtered row in the table order, with the visible columns', async () => {
    const user = userEvent.setup();
    localStorage.setItem(
      'portfolio-dashboard.explorer.hidden-columns',
      JSON.stringify(['region', 'primaId']),
    );
    renderRoute(PATH);
    const table = await findTable();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const { text, header, rows } = await parsedDownload(',');

    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(header.map(keyOf)).toEqual([
      'title',
      'startDate',
      'endDate',
      'status',
      'status_label',
      'type',
      'type_label',
      'budgetUsd',
      'coverage',
      'coverage_label',
      'year',
      'id',
      'countries',
      'countries_label',
      'funders',
      'committedUsd',
      'disbursedUsd',
      'spentUsd',
      'link',
    ]);
    const col = (key: string) => header.findIndex((h) => keyOf(h) === key);
    const ids = rows.map((r) => r[col('id')]);
    expect(ids).toEqual(expectedIds());

    // The rows the table shows are the first rows of the file, cell for cell.
    const shown = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')];
    expect(shown.length).toBeGreaterThan(10);
    shown.forEach((tr, i) => {
      expect(tr.dataset.id).toBe(ids[i]);
      expect(within(tr).getByRole('link').textContent).toBe(rows[i]![col('title')]);
    });
    expect(rows[0]![col('link')]).toBe(`${window.location.origin}/projects/${ids[0]}`);
    expect(downloads[0]!.name).toMatch(/^portfolio-\d{4}-\d{2}-\d{2}-region-asia-oceania\.csv$/);
  });

  it('exports every column with semicolons on request, and defaults to semicolons in French and Spanish', async () => {
    const user = userEvent.setup();
    localStorage.setItem('portfolio-dashboard.explorer.hidden-columns', JSON.stringify(['region']));
    renderRoute(PATH);
    await findTable();
    await user.click(screen.getByRole('checkbox', { name: 'All columns' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Separator' }), ';');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const { header, rows } = await parsedDownload(';');
    expect(header.map(keyOf)).toContain('region_label');
    expect(rows).toHaveLength(expectedIds().length);
    expect(rows.every((r) => r.length === header.length)).toBe(true);

    cleanup();
    renderRoute(PATH.replace('lang=en', 'lang=fr'));
    expect(await screen.findByRole('combobox', { name: 'Séparateur' })).toHaveValue(';');

    cleanup();
    downloads.length = 0;
    renderRoute(PATH.replace('lang=en', 'lang=es'));
    expect(await screen.findByRole('combobox', { name: 'Separador' })).toHaveValue(';');
    await user.click(screen.getByRole('button', { name: 'Exportar a CSV' }));
    const spanish = await parsedDownload(';');
    expect(spanish.header.slice(0, 2)).toEqual(['Título [title]', 'Fecha de inicio [startDate]']);
    expect(spanish.rows).toHaveLength(expectedIds().length);
  });
});
