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
import { buildColumns, createColumnsBuilder, keptProject, wholeProject } from './columns';
import { engineOnColumns } from './engine';

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

  it('give an engine on the projects kept without their amounts that computes what the reference engine computes', () => {
    fc.assert(
      fc.property(
        portfolioArbitrary,
        fc.array(fc.nat({ max: 60 }), { maxLength: 4 }),
        fc.record({ filters: filtersArbitrary, sort: sortArbitrary, lang: languageArbitrary }),
        (projects, cuts, { filters, sort, lang }) => {
          const engine = engineOnColumns(projects.map(keptProject), builtInBatches(projects, cuts));
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
    expect(() => engineOnColumns(projects, buildColumns(projects.slice(1)))).toThrow(RangeError);
  });

  it('give each project back whole from its kept fields, with no field it did not have', () => {
    fc.assert(
      fc.property(portfolioArbitrary, fc.array(fc.nat(3)), (given, variants) => {
        // Now and then a budget not provided, or one given in another currency.
        const projects = given.map((project, i) => {
          const { budgetUsd, ...rest } = project;
          if (variants[i] === 1) return rest;
          if (variants[i] !== 2 || budgetUsd === undefined) return project;
          const budgetOriginal = [
            { amount: budgetUsd * 2, currency: 'EUR', rateYear: 2020, usd: budgetUsd },
          ];
          return { ...project, budgetOriginal };
        });
        const cols = buildColumns(projects);
        const kept = projects.map(keptProject);
        // Kept without amounts nor a spending list with entries; an empty list is kept.
        for (const p of kept) {
          expect(Object.keys(p)).not.toContain('budgetUsd');
          expect(p.spendingByYear?.length ?? 0).toBe(0);
        }
        const whole = kept.map((p, i) => wholeProject(p, cols, i));
        expect(whole).toEqual(projects);
        const fields = (list: readonly object[]) => list.map((p) => Object.keys(p).sort());
        expect(fields(whole)).toEqual(fields(projects));
      }),
      { numRuns: 200 },
    );
  });
});
