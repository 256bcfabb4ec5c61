import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeViewNaive } from '@/test/naive-engine';
import { emptyFilters } from '@/domain/filters';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import type { ProjectSummary } from '@/domain/project';
import { makeProject } from '@/test/make-project';
import {
  buildGroupIndex,
  groupIndexInOrder,
  groupLabel,
  groupRows,
  NO_COUNTRY,
  type GroupBy,
} from './timeline-groups';
import {
  positionsByStart,
  rowsByStart,
  spanExtent,
  spansInOrder,
  spanTable,
  startOrder,
} from './timeline-spans';

function project(
  id: string,
  countries: string[],
  budgetUsd: number,
  region: ProjectSummary['region'] = 'asia-oceania',
): ProjectSummary {
  return makeProject({
    id,
    title: id,
    endDate: '2023',
    budgetUsd,
    coverage: countries.length > 1 ? 'regional' : 'national',
    region,
    countries,
  });
}

/** Each project's budget, 0 where it is not provided (as the engine's columns hold them). */
const budgetsOf = (projects: readonly ProjectSummary[]) => projects.map((p) => p.budgetUsd ?? 0);

function group(
  projects: readonly ProjectSummary[],
  rows: ArrayLike<number>,
  by: GroupBy,
  bins: Parameters<typeof groupRows>[4],
  lang: 'en' | 'fr',
) {
  return groupRows(
    budgetsOf(projects),
    by === 'none' ? undefined : buildGroupIndex(projects, by),
    rows,
    by,
    bins,
    lang,
  );
}

describe('grouping the timeline rows', () => {
  const projects = [
    project('A', ['CN'], 100),
    project('B', ['CN', 'MN', 'VN'], 300),
    project('C', ['KE'], 50, 'africa'),
    project('D', [], 70, 'global'),
  ];
  const rows = [3, 1, 0, 2];
  const view = computeViewNaive(projects, emptyFilters(), [], 'en');

  it('lists a multi-country project under each of its countries, with equal budget shares', () => {
    const groups = group(projects, rows, 'country', view.byCountry, 'en');
    const byKey = new Map(groups.map((g) => [g.key, g]));
    for (const country of ['CN', 'MN', 'VN'])
      expect(Array.from(byKey.get(country)!.members)).toContain(1);
    expect(Array.from(byKey.get('CN')!.members)).toEqual([1, 0]);
    expect(byKey.get('MN')!.budget).toBe(100);
    expect(byKey.get('CN')!.budget).toBe(200);
    expect(byKey.get(NO_COUNTRY)!.budget).toBe(70);
    const total = groups.reduce((sum, g) => sum + g.budget, 0);
    expect(total).toBe(projects.reduce((sum, p) => sum + (p.budgetUsd ?? 0), 0));
  });

  it('orders countries by name in the language and puts projects without a state last', () => {
    const en = group(projects, rows, 'country', view.byCountry, 'en').map((g) => g.key);
    expect(en).toEqual(['CN', 'KE', 'MN', 'VN', NO_COUNTRY]);
    const names = en.slice(0, -1).map((k) => groupLabel('country', k, 'fr'));
    const fr = group(projects, rows, 'country', view.byCountry, 'fr').map((g) =>
      groupLabel('country', g.key, 'fr'),
    );
    expect(fr.slice(0, -1)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
  });

  it('puts each project in exactly one region group, regions in list order, rows in their order', () => {
    const groups = group(projects, rows, 'region', view.byRegion, 'en');
    expect(groups.map((g) => g.key)).toEqual(['africa', 'asia-oceania', 'global']);
    expect(groups.map((g) => Array.from(g.members))).toEqual([[2], [1, 0], [3]]);
    expect(groups.map((g) => g.budget)).toEqual([50, 400, 70]);
  });

  it('keeps every row in one group when not grouping', () => {
    const [only, ...rest] = group(projects, rows, 'none', [], 'en');
    expect(rest).toEqual([]);
    expect(Array.from(only!.members)).toEqual(rows);
  });

  it('agrees with the engine on the sample: group counts and budgets are its bins', () => {
    const sample = generatePortfolio({ count: 600, seed: 1 }).projects;
    const sampleView = computeViewNaive(sample, emptyFilters(), [], 'en');
    for (const [by, bins] of [
      ['region', sampleView.byRegion],
      ['type', sampleView.byType],
      ['country', sampleView.byCountry],
    ] as const) {
      const groups = group(sample, sampleView.rows, by, bins, 'en');
      const expected = bins.filter((b) => b.count > 0).map((b) => [b.key, b.count]);
      expect(groups.map((g) => [g.key, g.members.length]).sort()).toEqual(expected.sort());
    }
  });
});

describe('grouping in start order, from tables laid out in that order', () => {
  it('gives the groups and extent of the rows sorted by start, whatever the rows and grouping', () => {
    const portfolio = generatePortfolio({ count: 400, seed: 11 }).projects;
    const table = spanTable(portfolio, '2026-10-31');
    const order = startOrder(table);
    const inOrder = spansInOrder(table, order);
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: portfolio.length, maxLength: portfolio.length }),
        fc.constantFrom<GroupBy>('region', 'type', 'country', 'none'),
        (keep, by) => {
          const rows = portfolio.map((_, i) => i).filter((i) => keep[i]);
          const sorted = rowsByStart(rows, order);
          const index = by === 'none' ? undefined : buildGroupIndex(portfolio, by);
          const expected = groupRows(budgetsOf(portfolio), index, sorted, by, [], 'en');
          const places = positionsByStart(rows, order);
          const inOrderIndex = index && groupIndexInOrder(index, order);
          const groups = groupRows(budgetsOf(portfolio), inOrderIndex, places, by, [], 'en', order);
          expect(groups.map((g) => [g.key, Array.from(g.members), g.budget])).toEqual(
            expected.map((g) => [g.key, Array.from(g.members), g.budget]),
          );
          expect(spanExtent(inOrder, places)).toEqual(spanExtent(table, sorted));
        },
      ),
      { numRuns: 40 },
    );
  });
});
