import { describe, expect, it } from 'vitest';
import { createEngine } from '@/domain/engine/engine';
import type { StackedBin } from '@/domain/engine/types';
import { emptyFilters } from '@/domain/filters';
import type { ProjectSummary } from '@/domain/project';
import { barsOf, barsTable, stackedOf, stackedTable, topCountries, wrapLabel } from './chart-data';
import { makeProject } from '@/test/make-project';

const project = makeProject;

/** Four projects whose totals are worked out by hand in the tests below. */
const PORTFOLIO: ProjectSummary[] = [
  project({
    id: 'RR.0001',
    region: 'africa',
    status: 'ongoing',
    type: 'avrr',
    budgetUsd: 100_000,
    countries: ['KE', 'UG'],
    year: 2020,
  }),
  project({
    id: 'CT.0002',
    region: 'africa',
    status: 'completed',
    type: 'counter-trafficking',
    budgetUsd: 50_000,
    countries: ['KE'],
    year: 2019,
  }),
  project({
    id: 'RR.0003',
    region: 'asia-oceania',
    status: 'completed',
    type: 'avrr',
    budgetUsd: 200_000,
    countries: ['CN'],
    year: 2019,
  }),
  project({
    id: 'LM.0004',
    region: 'global',
    status: 'ongoing',
    type: 'labour-migration',
    budgetUsd: 30_000,
    countries: ['MA', 'TN', 'SN'],
    year: 2020,
    coverage: 'global',
  }),
];

const view = createEngine(PORTFOLIO).compute(emptyFilters(), [], 'en');
const HEADINGS = { category: 'Region', budget: 'Budget (USD)', projects: 'Projects' };

describe('bars of a facet', () => {
  it('keeps the regions that have projects, in code-list order, with their budgets and counts', () => {
    expect(barsOf(view.byRegion, 'region', 'en')).toEqual([
      { key: 'africa', label: 'Africa', budget: 150_000, count: 2 },
      { key: 'asia-oceania', label: 'Asia and Oceania', budget: 200_000, count: 1 },
      { key: 'global', label: 'Global', budget: 30_000, count: 1 },
    ]);
  });

  it('labels bars in the language', () => {
    expect(barsOf(view.byRegion, 'region', 'fr').map((b) => b.label)).toEqual([
      'Afrique',
      'Asie et Océanie',
      'Mondial',
    ]);
  });

  it('leaves out what the filters exclude instead of drawing empty bars', () => {
    const filtered = createEngine(PORTFOLIO).compute(
      { ...emptyFilters(), region: ['africa'] },
      [],
      'en',
    );
    expect(barsOf(filtered.byRegion, 'region', 'en').map((b) => b.key)).toEqual(['africa']);
  });
});

describe('the table of a one-series chart', () => {
  it('holds raw numbers for the CSV and formatted ones for the table view', () => {
    const data = barsTable(barsOf(view.byRegion, 'region', 'en'), HEADINGS, 'en');
    expect(data.columns.map((c) => c.label)).toEqual(['Region', 'Budget (USD)', 'Projects']);
    expect(data.rows.map((r) => r.cells)).toEqual([
      ['Africa', 150_000, 2],
      ['Asia and Oceania', 200_000, 1],
      ['Global', 30_000, 1],
    ]);
    expect(data.rows[0]!.display).toEqual(['Africa', 'US$150,000', '2']);
  });

  it('formats amounts the French way', () => {
    const data = barsTable(barsOf(view.byRegion, 'region', 'fr'), HEADINGS, 'fr');
    expect(data.rows[0]!.display[1]).toBe('150\u202f000\u00a0$US');
  });

  it('adds each bar’s share of the budget when asked', () => {
    const data = barsTable(
      barsOf(view.byStatus, 'status', 'en'),
      { ...HEADINGS, share: 'Share' },
      'en',
    );
    // ongoing 130,000 and completed 250,000 of 380,000
    expect(data.rows.map((r) => r.cells)).toEqual([
      ['Ongoing', 130_000, 130_000 / 380_000, 2],
      ['Completed', 250_000, 250_000 / 380_000, 2],
    ]);
    expect(data.rows.map((r) => r.display[2])).toEqual(['34.2%', '65.8%']);
  });
});

describe('top countries', () => {
  it('splits each budget equally among its states and keeps the largest', () => {
    // KE: 100,000/2 + 50,000; UG: 50,000; CN: 200,000; MA, SN, TN: 10,000 each
    const { bars, states } = topCountries(view.byCountry, 'en', 3);
    expect(states).toBe(6);
    expect(bars).toEqual([
      { key: 'CN', label: 'China', budget: 200_000, count: 1 },
      { key: 'KE', label: 'Kenya', budget: 100_000, count: 2 },
      { key: 'UG', label: 'Uganda', budget: 50_000, count: 1 },
    ]);
  });
});

describe('the year chart', () => {
  it('stacks by status with a column per year', () => {
    const { series, rows } = stackedOf(view.byYearStatus, 'status', 'en');
    expect(series).toEqual([
      { key: 'ongoing', label: 'Ongoing' },
      { key: 'completed', label: 'Completed' },
    ]);
    expect(rows).toEqual([
      { year: 2019, total: 250_000, ongoing: 0, completed: 250_000 },
      { year: 2020, total: 130_000, ongoing: 130_000, completed: 0 },
    ]);
  });

  it('keeps every year between the first and the last on the axis, a missing one as zero', () => {
    const bins: StackedBin[] = [
      { year: 2008, total: 10, parts: { ongoing: 10 } },
      { year: 2011, total: 5, parts: { completed: 5 } },
    ];
    const { rows } = stackedOf(bins, 'status', 'en');
    expect(rows.map((r) => [r.year, r.total])).toEqual([
      [2008, 10],
      [2009, 0],
      [2010, 0],
      [2011, 5],
    ]);
    expect(rows[1]).toMatchObject({ ongoing: 0, completed: 0 });
  });

  it('stacks by type, leaving out types with no budget', () => {
    const { series, rows } = stackedOf(view.byYearType, 'type', 'en');
    expect(series.map((s) => s.key)).toEqual(['avrr', 'counter-trafficking', 'labour-migration']);
    expect(rows).toEqual([
      {
        year: 2019,
        total: 250_000,
        avrr: 200_000,
        'counter-trafficking': 50_000,
        'labour-migration': 0,
      },
      {
        year: 2020,
        total: 130_000,
        avrr: 100_000,
        'counter-trafficking': 0,
        'labour-migration': 30_000,
      },
    ]);
  });

  it('tables every segment and the year’s total', () => {
    const { series, rows } = stackedOf(view.byYearStatus, 'status', 'en');
    const data = stackedTable(rows, series, { year: 'Funding year', total: 'Total (USD)' }, 'en');
    expect(data.columns.map((c) => c.label)).toEqual([
      'Funding year',
      'Ongoing',
      'Completed',
      'Total (USD)',
    ]);
    expect(data.rows.map((r) => r.cells)).toEqual([
      ['2019', 0, 250_000, 250_000],
      ['2020', 130_000, 0, 130_000],
    ]);
    expect(data.rows[1]!.display).toEqual(['2020', 'US$130,000', 'US$0', 'US$130,000']);
  });
});

describe('axis labels', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Migration health', 20, 2)).toEqual(['Migration health']);
  });

  it('wraps between words', () => {
    expect(wrapLabel('Immigration and border management', 20, 2)).toEqual([
      'Immigration and',
      'border management',
    ]);
  });

  it('ends a label too long for its lines with an ellipsis', () => {
    const lines = wrapLabel(
      'Aide au retour et à la réintégration à l’intention des migrants',
      20,
      2,
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Aide au retour et à');
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines[1]!.length).toBeLessThanOrEqual(20);
  });

  it('cuts a single word longer than a line', () => {
    expect(wrapLabel('Counter-trafficking', 10, 2)).toEqual(['Counter-t…']);
  });
});
