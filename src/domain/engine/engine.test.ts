import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  filtersArbitrary,
  languageArbitrary,
  portfolioArbitrary,
  sortArbitrary,
} from '@/test/engine-arbitraries';
import { viewDifference } from '@/test/view-compare';
import { emptyFilters } from '../filters';
import { createEngine } from './engine';
import { computeViewNaive } from '@/test/naive-engine';

const request = fc.record({
  filters: filtersArbitrary,
  sort: sortArbitrary,
  lang: languageArbitrary,
});

describe('createEngine', () => {
  it('computes the same view as the reference engine for any portfolio, filters, sort and language', () => {
    fc.assert(
      fc.property(
        portfolioArbitrary,
        fc.array(request, { minLength: 1, maxLength: 6 }),
        (projects, requests) => {
          // One engine serves the whole sequence, so its caches (changed filters, sorted orders,
          // search texts) are exercised as a user's successive filter changes would.
          const engine = createEngine(projects);
          for (const { filters, sort, lang } of requests) {
            const difference = viewDifference(
              engine.compute(filters, sort, lang),
              computeViewNaive(projects, filters, sort, lang),
            );
            expect(difference, JSON.stringify({ filters, sort, lang })).toBeUndefined();
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('agrees with the reference engine when one filter changes at a time and back', () => {
    fc.assert(
      fc.property(
        portfolioArbitrary,
        filtersArbitrary,
        sortArbitrary,
        languageArbitrary,
        (projects, target, sort, lang) => {
          const engine = createEngine(projects);
          let filters = emptyFilters();
          const steps = Object.keys(target) as (keyof typeof target)[];
          for (const key of [...steps, ...steps]) {
            // Walk towards the target one key at a time, then clear the keys one at a time.
            filters =
              filters[key] === target[key]
                ? { ...filters, [key]: emptyFilters()[key] }
                : { ...filters, [key]: target[key] };
            const difference = viewDifference(
              engine.compute(filters, sort, lang),
              computeViewNaive(projects, filters, sort, lang),
            );
            expect(difference, JSON.stringify({ filters, sort, lang })).toBeUndefined();
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('handles an empty portfolio', () => {
    const view = createEngine([]).compute(emptyFilters(), [{ field: 'title', dir: 'asc' }], 'en');
    expect(
      viewDifference(
        view,
        computeViewNaive([], emptyFilters(), [{ field: 'title', dir: 'asc' }], 'en'),
      ),
    ).toBeUndefined();
    expect(view.kpis).toEqual({
      projects: 0,
      totalBudget: 0,
      ongoing: 0,
      countries: 0,
      medianBudget: 0,
      noBudget: 0,
    });
  });
});
