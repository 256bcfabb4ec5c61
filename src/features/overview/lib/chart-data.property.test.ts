import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/domain/engine/engine';
import { emptyFilters } from '@/domain/filters';
import { filtersArbitrary } from '@/test/engine-arbitraries';
import { awkwardPortfolioArbitrary } from '@/test/project-arbitrary';
import { barsOf, barsTable, stackedOf, stackedTable } from './chart-data';

const HEADINGS = { category: 'Region', budget: 'Budget', projects: 'Projects' };
const budgetColumn = (cells: (string | number)[][], index: number) =>
  cells.reduce((sum, row) => sum + Number(row[index]), 0);

/** Equal up to float rounding, relative to the size of the amounts. */
function expectClose(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('the overview’s totals reconcile (DESIGN §7)', () => {
  it('region bars, KPI total, pivot grand total, year totals and the table’s rows add up to the same budget', () => {
    fc.assert(
      fc.property(
        awkwardPortfolioArbitrary,
        filtersArbitrary,
        fc.constantFrom('en' as const, 'fr' as const),
        (projects, filters, lang) => {
          const view = createEngine(projects).compute(filters, [], lang);
          const tableTotal = Array.from(view.rows).reduce(
            (sum, row) => sum + (projects[row]!.budgetUsd ?? 0),
            0,
          );
          const regionTable = barsTable(barsOf(view.byRegion, 'region', lang), HEADINGS, lang);
          const regionBars = budgetColumn(
            regionTable.rows.map((r) => r.cells),
            1,
          );
          const { series, rows } = stackedOf(view.byYearStatus, 'status', lang);
          const yearTable = stackedTable(rows, series, { year: 'Year', total: 'Total' }, lang);
          const yearTotals = budgetColumn(
            yearTable.rows.map((r) => r.cells),
            series.length + 1,
          );
          expectClose(regionBars, tableTotal);
          expectClose(view.kpis.totalBudget, tableTotal);
          expectClose(view.pivots.region.grandTotal, tableTotal);
          expectClose(yearTotals, tableTotal);
          // Every matching project is counted in exactly one region bar.
          expect(
            budgetColumn(
              regionTable.rows.map((r) => r.cells),
              2,
            ),
          ).toBe(view.rows.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('each year’s stacked segments add up to its column total', () => {
    fc.assert(
      fc.property(
        awkwardPortfolioArbitrary,
        fc.constantFrom('status' as const, 'type' as const),
        (projects, dimension) => {
          const view = createEngine(projects).compute(emptyFilters(), [], 'en');
          const { series, rows } = stackedOf(
            dimension === 'status' ? view.byYearStatus : view.byYearType,
            dimension,
            'en',
          );
          for (const row of rows)
            expectClose(
              series.reduce((sum, s) => sum + (row[s.key] ?? 0), 0),
              row.total,
            );
        },
      ),
      { numRuns: 100 },
    );
  });
});
