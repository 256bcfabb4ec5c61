import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filtersArbitrary, portfolioArbitrary } from '@/test/engine-arbitraries';
import { createEngine } from './engine';
import type { PortfolioView } from './types';

/* A view's optional parts (the budget's pivots, the overview's spending per year) are summed only
   for a request that names them, and the figures are the same whichever parts are asked for. */

/** A view without its optional parts, to compare what every view holds. */
const common = ({ pivots: _p, spendingByYear: _s, parts: _parts, ...rest }: PortfolioView) => ({
  ...rest,
  rows: [...rest.rows],
});

describe('engine: the optional parts of a view', () => {
  it('sums neither the pivots nor the spending per year for a request naming no part', () => {
    fc.assert(
      fc.property(portfolioArbitrary, filtersArbitrary, (projects, filters) => {
        const engine = createEngine(projects);
        const view = engine.compute(filters, [], 'en', []);
        expect(engine.stats).toEqual({ computes: 1, parts: { pivots: 0, spending: 0 }, kept: 0 });
        expect(view.parts).toEqual([]);
        expect(view.pivots.region.rowKeys).toEqual([]);
        expect(view.pivots.country.rowMoney).toEqual([]);
        expect(view.spendingByYear).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same figures with or without the parts, and each part as the full view has it', () => {
    fc.assert(
      fc.property(portfolioArbitrary, filtersArbitrary, (projects, filters) => {
        const engine = createEngine(projects);
        const full = engine.compute(filters, [], 'fr');
        const bare = engine.compute(filters, [], 'fr', []);
        const budget = engine.compute(filters, [], 'fr', ['pivots']);
        const overview = engine.compute(filters, [], 'fr', ['spending']);
        // A filter state that keeps every project copies the first pass's kept tallies after it.
        const passes = engine.stats.kept > 0 ? 1 : 2;
        expect(engine.stats.parts).toEqual({ pivots: passes, spending: passes });
        expect(engine.stats.kept).toBe(full.kpis.projects === projects.length ? 3 : 0);
        expect(full.parts).toEqual(['pivots', 'spending']);
        for (const view of [bare, budget, overview]) expect(common(view)).toEqual(common(full));
        expect(budget.pivots).toEqual(full.pivots);
        expect(budget.spendingByYear).toEqual([]);
        expect(overview.spendingByYear).toEqual(full.spendingByYear);
        expect(overview.pivots.type.cells).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
