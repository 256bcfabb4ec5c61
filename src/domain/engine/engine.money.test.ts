import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filtersArbitrary, portfolioArbitrary } from '@/test/engine-arbitraries';
import { emptyFilters } from '../filters';
import { funderParts } from '../funders';
import { createEngine } from './engine';
import { makeProject } from '@/test/make-project';
import { computeViewNaive, matchesFilters } from '@/test/naive-engine';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

describe('engine: funders and money moved (DESIGN §11)', () => {
  it('counts each funder as a plain count does: projects passing every other filter', () => {
    fc.assert(
      fc.property(portfolioArbitrary, filtersArbitrary, (projects, filters) => {
        const view = createEngine(projects).compute(filters, [], 'en');
        const others = { ...filters, funder: [] };
        const expected = new Map<string, number>();
        for (const p of projects) {
          if (!matchesFilters(p, others, 'en')) continue;
          for (const part of funderParts(p.funders))
            expected.set(part.key, (expected.get(part.key) ?? 0) + 1);
        }
        expect(new Map([...view.facets.funder].sort())).toEqual(new Map([...expected].sort()));
      }),
      { numRuns: 150 },
    );
  });

  it('sums money moved, per year and per funder as the reference engine does', () => {
    fc.assert(
      fc.property(portfolioArbitrary, filtersArbitrary, (projects, filters) => {
        const fast = createEngine(projects).compute(filters, [], 'fr');
        const naive = computeViewNaive(projects, filters, [], 'fr');
        expect(fast.money.spentProjects).toBe(naive.money.spentProjects);
        for (const key of ['committed', 'disbursed', 'spent', 'spentBudget'] as const)
          expect(close(fast.money[key], naive.money[key])).toBe(true);
        expect(fast.spendingByYear.map((y) => y.year)).toEqual(
          naive.spendingByYear.map((y) => y.year),
        );
        fast.spendingByYear.forEach((y, i) => {
          expect(close(y.spent, naive.spendingByYear[i]!.spent)).toBe(true);
          expect(close(y.disbursed, naive.spendingByYear[i]!.disbursed)).toBe(true);
        });
        expect(fast.byFunder.map((b) => [b.key, b.count])).toEqual(
          naive.byFunder.map((b) => [b.key, b.count]),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('reconciles: funder budgets and the unfunded rest add up to the total budget', () => {
    fc.assert(
      fc.property(portfolioArbitrary, filtersArbitrary, (projects, filters) => {
        const view = createEngine(projects).compute(filters, [], 'en');
        const byFunder = view.byFunder.reduce((s, b) => s + b.budget, 0) + view.noFunder.budget;
        expect(close(byFunder, view.kpis.totalBudget)).toBe(true);
        const pivotSpent = view.pivots.country.rowMoney.reduce((s, m) => s + m.spent, 0);
        const spentWithCountries = view.rows.reduce((s, i) => {
          const p = projects[i]!;
          return s + (p.countries.length > 0 ? (p.spentUsd ?? 0) : 0);
        }, 0);
        expect(close(pivotSpent, spentWithCountries)).toBe(true);
        const regionSpent = view.pivots.region.rowMoney.reduce((s, m) => s + m.spent, 0);
        expect(close(regionSpent, view.money.spent)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('filters by funder ref or name, OR within the facet', () => {
    const projects = [
      makeProject({ id: 'A', funders: [{ name: 'Germany', ref: 'XM-DAC-5' }], budgetUsd: 100 }),
      makeProject({ id: 'B', funders: [{ name: 'Sweden', ref: 'XM-DAC-10' }], budgetUsd: 200 }),
      makeProject({ id: 'C', budgetUsd: 400 }),
    ];
    const engine = createEngine(projects);
    const filter = (funder: string[]) =>
      engine.compute({ ...emptyFilters(), funder }, [], 'en').kpis.totalBudget;
    expect(filter(['XM-DAC-5'])).toBe(100);
    expect(filter(['Germany'])).toBe(100);
    expect(filter(['Germany', 'XM-DAC-10'])).toBe(300);
    expect(filter([])).toBe(700);
    expect(engine.compute(emptyFilters(), [], 'en').noFunder).toEqual({ count: 1, budget: 400 });
  });
});
