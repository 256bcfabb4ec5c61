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
import { buildColumns, createColumnsBuilder } from './columns';
import { createEngine } from './engine';

/** The columns built a batch at a time, cut at `cuts` (positions, in any order). */
function builtInBatches(
  projects: readonly Parameters<typeof buildColumns>[0][number][],
  cuts: number[],
) {
  const builder = createColumnsBuilder();
  const arrived: (typeof projects)[number][] = [];
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b).concat(projects.length)) {
    while (arrived.length < Math.min(cut, projects.length)) arrived.push(projects[arrived.length]!);
    // As the Worker does: the list of accepted projects grows, and what is new is added.
    builder.add(arrived, builder.size);
  }
  return builder.finish();
}

describe('the engine columns built page by page', () => {
  it('equal the columns built from every project at once, however the pages are cut', () => {
    fc.assert(
      fc.property(
        portfolioArbitrary.chain((projects) =>
          fc.tuple(
            fc.constant(projects),
            fc.array(fc.nat({ max: projects.length }), { maxLength: 6 }),
          ),
        ),
        ([projects, cuts]) => {
          expect(builtInBatches(projects, cuts)).toStrictEqual(buildColumns(projects));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('equal them for a generated portfolio cut into pages of 1,000', () => {
    const { projects } = generatePortfolio({ count: 5_000, seed: 3 });
    const cuts = [1_000, 2_000, 3_000, 4_000];
    expect(builtInBatches(projects, cuts)).toStrictEqual(buildColumns(projects));
  });

  it('give an engine that computes what the reference engine computes', () => {
    fc.assert(
      fc.property(
        portfolioArbitrary,
        fc.array(fc.nat({ max: 60 }), { maxLength: 4 }),
        fc.record({ filters: filtersArbitrary, sort: sortArbitrary, lang: languageArbitrary }),
        (projects, cuts, { filters, sort, lang }) => {
          const engine = createEngine(projects, builtInBatches(projects, cuts));
          const difference = viewDifference(
            engine.compute(filters, sort, lang),
            computeViewNaive(projects, filters, sort, lang),
          );
          expect(difference).toBeUndefined();
        },
      ),
      { numRuns: 100 },
    );
  });

  it('are refused for other projects than they were built from', () => {
    const { projects } = generatePortfolio({ count: 20, seed: 1 });
    expect(() => createEngine(projects, buildColumns(projects.slice(1)))).toThrow(RangeError);
  });
});
