import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  filtersArbitrary,
  languageArbitrary,
  portfolioArbitrary,
  sortArbitrary,
} from '@/test/engine-arbitraries';
import { computeViewNaive } from '@/test/naive-engine';
import { viewDifference } from '@/test/view-compare';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { projectTypes } from '../codes/project-types';
import { regions } from '../codes/regions';
import { statuses } from '../codes/statuses';
import { emptyFilters, type Filters } from '../filters';
import { createEngine } from './engine';
import { VIEW_PARTS, type ViewPart } from './types';

/* A click that keeps every project (no filter, or every value of a facet ticked) always gives the
   same tallies: the engine keeps those of the first such pass and copies them for the next, and
   the view is the one a pass would give, to the last bit. */

/** Filter states that keep every project. */
const keepsEvery: fc.Arbitrary<Filters> = fc.constantFrom(
  emptyFilters(),
  { ...emptyFilters(), status: [...statuses.codes] },
  { ...emptyFilters(), type: [...projectTypes.codes] },
  { ...emptyFilters(), region: [...regions.codes] },
);
const partsArbitrary = fc.subarray([...VIEW_PARTS]);
const request = fc.record({
  filters: fc.oneof(filtersArbitrary, keepsEvery),
  sort: sortArbitrary,
  lang: languageArbitrary,
  parts: partsArbitrary,
});

describe('engine: a click that keeps every project', () => {
  it('is answered from the kept tallies, without a pass, once a pass holding its parts was made', () => {
    fc.assert(
      fc.property(portfolioArbitrary, keepsEvery, keepsEvery, (projects, first, second) => {
        const engine = createEngine(projects);
        const full = engine.compute(first, [], 'en');
        const bare = engine.compute(second, [], 'en', []);
        const budget = engine.compute(second, [], 'en', ['pivots']);
        expect(engine.stats).toEqual({ computes: 3, parts: { pivots: 1, spending: 1 }, kept: 2 });
        expect(bare.kpis).toEqual(full.kpis);
        expect(budget.pivots).toEqual(full.pivots);
        expect(budget.facets).toEqual(full.facets);
      }),
      { numRuns: 40 },
    );
  });

  it('passes again for a part the kept tallies do not hold, and keeps that pass instead', () => {
    const projects = fc.sample(portfolioArbitrary, { numRuns: 1, seed: 14 })[0]!;
    const engine = createEngine(projects);
    engine.compute(emptyFilters(), [], 'en', []);
    engine.compute(emptyFilters(), [], 'en', ['spending']);
    engine.compute(emptyFilters(), [], 'en', ['spending']);
    engine.compute(emptyFilters(), [], 'en', []);
    expect(engine.stats).toEqual({ computes: 4, parts: { pivots: 0, spending: 1 }, kept: 2 });
  });

  it('passes again after the kept tallies are forgotten (the benchmark’s cold figure)', () => {
    const projects = fc.sample(portfolioArbitrary, { numRuns: 1, seed: 15 })[0]!;
    const engine = createEngine(projects);
    engine.compute(emptyFilters(), [], 'en');
    engine.forgetKept();
    engine.compute(emptyFilters(), [], 'en');
    expect(engine.stats).toEqual({ computes: 2, parts: { pivots: 2, spending: 2 }, kept: 0 });
  });

  it('gives exactly the view of an engine that passes over every project, for any sequence of clicks', () => {
    fc.assert(
      fc.property(
        portfolioArbitrary,
        fc.array(request, { minLength: 2, maxLength: 8 }),
        (projects, requests) => {
          const engine = createEngine(projects);
          for (const { filters, sort, lang, parts } of requests) {
            const view = engine.compute(filters, sort, lang, parts);
            const fresh = createEngine(projects).compute(filters, sort, lang, parts);
            expect(view).toEqual(fresh);
            if (parts.length === VIEW_PARTS.length)
              expect(
                viewDifference(view, computeViewNaive(projects, filters, sort, lang)),
              ).toBeUndefined();
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('has the whole portfolio’s tallies with every part once the warm-up ran, so no such click passes', () => {
    // More projects than one warm-up step sums, so that the pass is made in several slices.
    const { projects } = generatePortfolio({ count: 9_000, seed: 17, newsCount: 0 });
    const sort = [{ field: 'budgetUsd', dir: 'desc' }] as const;
    const engine = createEngine(projects);
    let steps = 0;
    for (const _ of engine.warmUpSteps(sort, 'en')) steps++;
    expect(steps).toBeGreaterThan(3);
    const passes = engine.stats.parts;
    for (const parts of [[...VIEW_PARTS], ['pivots'], []] as ViewPart[][]) {
      const view = engine.compute(
        { ...emptyFilters(), region: [...regions.codes] },
        sort,
        'fr',
        parts,
      );
      expect(view).toEqual(createEngine(projects).compute(emptyFilters(), sort, 'fr', parts));
    }
    expect(engine.stats.kept).toBe(3);
    expect(engine.stats.parts).toEqual(passes);
  });

  it('warms the filter paths on a small engine of its own: this one computes nothing meanwhile', () => {
    const { projects } = generatePortfolio({ count: 6_000, seed: 5, newsCount: 0 });
    const sort = [{ field: 'title', dir: 'asc' }] as const;
    const engine = createEngine(projects);
    const fresh = createEngine(projects);
    const before = engine.stats;
    for (const _ of engine.warmUpSteps(sort, 'es')) void _;
    expect(engine.stats).toEqual(before);
    for (const filters of [
      { ...emptyFilters(), region: ['africa' as const] },
      { ...emptyFilters(), status: ['ongoing' as const], from: 2015, to: 2016 },
    ])
      expect(engine.compute(filters, sort, 'es')).toEqual(fresh.compute(filters, sort, 'es'));
  });

  it('keeps every project, in sort order, for a click that ticks every value of a facet', () => {
    const projects = fc.sample(portfolioArbitrary, { numRuns: 1, seed: 16 })[0]!;
    const engine = createEngine(projects);
    const sort = [{ field: 'title', dir: 'asc' }] as const;
    engine.compute(emptyFilters(), sort, 'fr', [] as ViewPart[]);
    const view = engine.compute({ ...emptyFilters(), status: [...statuses.codes] }, sort, 'fr');
    expect(engine.stats.kept).toBe(0);
    const again = engine.compute({ ...emptyFilters(), type: [...projectTypes.codes] }, sort, 'fr');
    expect(engine.stats.kept).toBe(1);
    expect([...again.rows]).toEqual([...view.rows]);
    expect(
      viewDifference(again, computeViewNaive(projects, emptyFilters(), sort, 'fr')),
    ).toBeUndefined();
  });
});
