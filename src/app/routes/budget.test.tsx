import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getMockPortfolio } from '@mocks/data/portfolio';
import { setupMockServer } from '@mocks/testing';
import { createEngine } from '@/domain/engine/engine';
import { emptyFilters } from '@/domain/filters';
import { parseProjectSummaries } from '@/domain/parse-record';
import { renderRoute } from '@/test/render-route';
import { stubResizeObserver } from '@/test/stub-resize-observer';

setupMockServer();

stubResizeObserver();

/** The number an amount cell shows: "1,234,567" → 1234567, "–" → 0. */
const amountOf = (cell: HTMLElement) =>
  cell.textContent === '–' ? 0 : Number(cell.textContent!.replace(/,/g, ''));

async function renderBudget() {
  renderRoute('/budget?lang=en');
  await screen.findByRole('heading', { level: 1, name: 'Budget summary' });
  return screen.findByRole('table', { name: /Budget \(USD\) by/ });
}

/** What the engine computes for the sample the mock API serves, unfiltered. */
function sampleKpis() {
  const { meta, projects } = getMockPortfolio();
  const parsed = parseProjectSummaries(projects, meta.asOf).projects;
  return createEngine(parsed).compute(emptyFilters(), [], 'en').kpis;
}

/** Checks every body row adds up to its total, within `slack` dollars, and returns the footer's grand total. */
function checkRows(table: HTMLElement, slack: (cells: number) => number): number {
  const [, body, foot] = within(table).getAllByRole('rowgroup');
  for (const row of within(body!).getAllByRole('row')) {
    const cells = within(row).getAllByRole('cell');
    const total = amountOf(cells.at(-1)!);
    const sum = cells.slice(0, -1).reduce((s, cell) => s + amountOf(cell), 0);
    expect(
      Math.abs(sum - total),
      within(row).getByRole('rowheader').textContent!,
    ).toBeLessThanOrEqual(slack(cells.length));
  }
  return amountOf(within(foot!).getAllByRole('cell').at(-1)!);
}

describe('/budget', () => {
  it('shows a pivot whose rows add up and whose grand total is the portfolio total', async () => {
    const table = await renderBudget();
    const kpis = sampleKpis();
    expect(
      screen.getByText(/All projects, no filters applied\. 600 projects, total budget US\$/),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Data as of 31 October 2026 · Source: /)).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Africa',
      'Asia and Oceania',
      'Europe and Central Asia',
      'Latin America and the Caribbean',
      'Middle East and North Africa',
      'Global',
      'Total',
    ]);
    expect(within(table).getAllByRole('columnheader')).toHaveLength(1 + 26 + 1);
    expect(checkRows(table, () => 0)).toBe(kpis.totalBudget);
  });

  it('switches rows to project type and to country, the grand total staying the same', async () => {
    await renderBudget();
    const user = userEvent.setup();
    const kpis = sampleKpis();
    const rowsSwitch = screen.getByRole('group', { name: 'Rows' });
    await user.click(within(rowsSwitch).getByRole('button', { name: 'Project type' }));
    expect(within(rowsSwitch).getByRole('button', { name: 'Project type' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const byType = screen.getByRole('table', { name: /^Budget \(USD\) by project type/ });
    expect(checkRows(byType, () => 0)).toBe(kpis.totalBudget);

    await user.click(within(rowsSwitch).getByRole('button', { name: 'Country' }));
    const byCountry = screen.getByRole('table', { name: /^Budget \(USD\) by benefiting state/ });
    // Equal shares are shown rounded to the dollar: each cell may be off by half a dollar.
    expect(checkRows(byCountry, (cells) => cells / 2)).toBe(kpis.totalBudget);
    expect(
      within(byCountry).getByRole('rowheader', { name: /^Other countries \(\d+\)$/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/counts an equal share of its budget in each/)).toBeInTheDocument();
  });
});
