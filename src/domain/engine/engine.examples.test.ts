import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from '../filters';
import type { ProjectSummary } from '../project';
import { makeProject } from '@/test/make-project';
import { createEngine } from './engine';

/** Five projects whose numbers are easy to add up by hand (budgets in thousands: 200+300+100+150+250). */
// One line per project, so that the numbers read as a table.
// prettier-ignore
const PORTFOLIO: ProjectSummary[] = [
  makeProject({ id: 'RR.0083', primaId: 'CN10P0503', title: 'Réintégration durable des migrants de retour', startDate: '2019', endDate: '2023', status: 'completed', type: 'avrr', budgetUsd: 200_000, coverage: 'national', year: 2019, region: 'asia-oceania', countries: ['CN'] }),
  makeProject({ id: 'CT.0001', title: 'Counter-trafficking in West Africa', startDate: '2021-03', endDate: '2022-06-15', status: 'completed', type: 'counter-trafficking', budgetUsd: 300_000, coverage: 'regional', year: 2021, region: 'africa', countries: ['SN', 'ML', 'GN'] }),
  makeProject({ id: 'LM.0002', title: 'Labour mobility pilot', startDate: '2024-01-10', status: 'ongoing', type: 'labour-migration', budgetUsd: 100_000, coverage: 'national', year: 2024, region: 'middle-east-north-africa', countries: ['MA'] }),
  makeProject({ id: 'IB.0003', title: 'Border management training', startDate: '2020', endDate: '2020-12', status: 'completed', type: 'border-management', budgetUsd: 150_000, coverage: 'national', year: 2020, region: 'europe-central-asia', countries: ['UA'] }),
  makeProject({ id: 'MH.0004', title: 'Santé des migrants en Asie', startDate: '2022-05', endDate: '2025', status: 'ongoing', type: 'migration-health', budgetUsd: 250_000, coverage: 'regional', year: 2022, region: 'asia-oceania', countries: ['TH', 'VN'] }),
];

const engine = createEngine(PORTFOLIO);
const view = (filters: Partial<Filters>, lang: 'en' | 'fr' = 'en') =>
  engine.compute({ ...emptyFilters(), ...filters }, [{ field: 'budgetUsd', dir: 'desc' }], lang);
const ids = (filters: Partial<Filters>, lang: 'en' | 'fr' = 'en') =>
  [...view(filters, lang).rows].map((i) => PORTFOLIO[i]!.id);

describe('engine examples', () => {
  it('counts each facet with every other filter applied but not its own', () => {
    const v = view({ region: ['asia-oceania'], status: ['ongoing'] });
    expect(ids({ region: ['asia-oceania'], status: ['ongoing'] })).toEqual(['MH.0004']);
    // Region counts see only the status filter: the two ongoing projects.
    expect(Object.fromEntries(v.facets.region)).toEqual({
      'asia-oceania': 1,
      'middle-east-north-africa': 1,
    });
    // Status counts see only the region filter: the two Asian projects.
    expect(Object.fromEntries(v.facets.status)).toEqual({ completed: 1, ongoing: 1 });
    // Other facets see both filters.
    expect(Object.fromEntries(v.facets.country)).toEqual({ TH: 1, VN: 1 });
    expect(Object.fromEntries(v.facets.year)).toEqual({ '2022': 1 });
  });

  it('ORs values within a facet and ANDs facets', () => {
    expect(ids({ region: ['africa', 'europe-central-asia'] })).toEqual(['CT.0001', 'IB.0003']);
    expect(ids({ region: ['africa', 'europe-central-asia'], coverage: ['national'] })).toEqual([
      'IB.0003',
    ]);
    expect(ids({ country: ['GN', 'CN'] })).toEqual(['CT.0001', 'RR.0083']);
  });

  it('treats year-only dates as whole years and open-ended projects as running on', () => {
    expect(ids({ to: 2019 })).toEqual(['RR.0083']); // starts 1 Jan 2019
    expect(ids({ from: 2023 })).toEqual(['MH.0004', 'RR.0083', 'LM.0002']); // RR ends 31 Dec 2023
    expect(ids({ from: 2024 })).toEqual(['MH.0004', 'LM.0002']);
    expect(ids({ from: 2030 })).toEqual(['LM.0002']); // no end date
    expect(ids({ from: 2021, to: 2021 })).toEqual(['CT.0001', 'RR.0083']); // IB ended in Dec 2020
  });

  it('filters by budget range, bounds included', () => {
    expect(ids({ budgetMin: 150_000, budgetMax: 250_000 })).toEqual([
      'MH.0004',
      'RR.0083',
      'IB.0003',
    ]);
  });

  it('searches title, IDs, type and country names ignoring case and accents, in the current language', () => {
    expect(ids({ q: 'reintegration' })).toEqual(['RR.0083']);
    expect(ids({ q: 'SANTE asie' })).toEqual(['MH.0004']);
    expect(ids({ q: 'cn10p' })).toEqual(['RR.0083']);
    expect(ids({ q: 'ct.0001' })).toEqual(['CT.0001']);
    expect(ids({ q: 'china' }, 'en')).toEqual(['RR.0083']);
    expect(ids({ q: 'chine' }, 'fr')).toEqual(['RR.0083']);
    expect(ids({ q: 'chine' }, 'en')).toEqual([]);
    expect(ids({ q: 'traite' }, 'fr')).toEqual(['CT.0001']); // "Lutte contre la traite"
    expect(ids({ q: 'maroc' }, 'fr')).toEqual(['LM.0002']);
  });

  it('splits a multi-country budget equally among its states', () => {
    const byCountry = Object.fromEntries(
      view({ region: ['africa'] }).byCountry.map((b) => [b.key, b.budget]),
    );
    expect(byCountry).toEqual({ GN: 100_000, ML: 100_000, SN: 100_000 });
  });

  it('reconciles totals across KPIs, bars, countries, pivots and rows', () => {
    const v = view({});
    const sum = (values: number[]) => values.reduce((s, x) => s + x, 0);
    expect(v.kpis).toEqual({
      projects: 5,
      totalBudget: 1_000_000,
      ongoing: 2,
      countries: 8,
      medianBudget: 200_000,
      noBudget: 0,
    });
    expect(sum(v.byRegion.map((b) => b.budget))).toBe(1_000_000);
    expect(sum(v.byCountry.map((b) => b.budget))).toBe(1_000_000);
    expect(sum(v.byYear.map((b) => b.budget))).toBe(1_000_000);
    expect(sum([...v.rows].map((i) => PORTFOLIO[i]!.budgetUsd ?? 0))).toBe(1_000_000);
    for (const pivot of Object.values(v.pivots)) {
      expect(pivot.grandTotal).toBe(1_000_000);
      expect(sum(pivot.rowTotals)).toBe(1_000_000);
    }
    expect(v.byYear.map((b) => [b.key, b.budget])).toEqual([
      [2019, 200_000],
      [2020, 150_000],
      [2021, 300_000],
      [2022, 250_000],
      [2024, 100_000],
    ]);
    expect(v.byYearStatus.find((b) => b.year === 2022)?.parts).toEqual({ ongoing: 250_000 });
    expect(v.pivots.region.rowKeys).toEqual([
      'africa',
      'asia-oceania',
      'europe-central-asia',
      'middle-east-north-africa',
    ]);
    expect(v.pivots.region.cells[1]).toEqual([200_000, 0, 0, 250_000, 0]);
  });

  it('sorts the rows and keeps portfolio order for ties', () => {
    expect(ids({})).toEqual(['CT.0001', 'MH.0004', 'RR.0083', 'IB.0003', 'LM.0002']);
    const byStatus = engine.compute(emptyFilters(), [{ field: 'status', dir: 'asc' }], 'en');
    // "Completed" before "Ongoing"; ties in portfolio order.
    expect([...byStatus.rows]).toEqual([0, 1, 3, 2, 4]);
    const byEnd = engine.compute(emptyFilters(), [{ field: 'endDate', dir: 'desc' }], 'en');
    expect(PORTFOLIO[byEnd.rows[0]!]!.id).toBe('LM.0002'); // open-ended sorts after every date
  });

  it('the median of an even number of projects is the mean of the middle two', () => {
    expect(
      view({ region: ['asia-oceania', 'africa', 'middle-east-north-africa'] }).kpis.medianBudget,
    ).toBe(225_000);
  });

  it('gives the same views after warming up', () => {
    const warm = createEngine(PORTFOLIO);
    warm.warmUp([{ field: 'title', dir: 'asc' }], 'fr');
    const filters = { ...emptyFilters(), q: 'migrants' };
    const sort = [{ field: 'title' as const, dir: 'asc' as const }];
    expect(warm.compute(filters, sort, 'fr')).toEqual(
      createEngine(PORTFOLIO).compute(filters, sort, 'fr'),
    );
  });
});
