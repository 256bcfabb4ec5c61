import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '@/domain/project';
import { makeFullProject, makeProject } from '@/test/make-project';
import { awkwardPortfolioArbitrary } from '@/test/project-arbitrary';
import { importFile } from './import-file';
import { expectOk, jsonBytes as json } from './import.test-utils';

describe('JSON in the API’s own shapes', () => {
  const shapes = {
    page: (items: ProjectSummary[]) => ({ total: items.length, offset: 0, limit: 5000, items }),
    bundle: (projects: ProjectSummary[]) => ({
      meta: { asOf: '2100-12-31', source: 'test', currency: 'USD', projectCount: projects.length },
      projects,
    }),
    array: (projects: ProjectSummary[]) => projects,
  };

  it.each(Object.keys(shapes) as (keyof typeof shapes)[])(
    'imports a %s without a mapping step',
    async (shape) => {
      await fc.assert(
        fc.asyncProperty(
          awkwardPortfolioArbitrary.filter((p) => p.length > 0),
          async (projects) => {
            const result = expectOk(
              await importFile({
                name: 'projects.json',
                bytes: json(shapes[shape](projects)),
                lang: 'en',
              }),
            );
            expect(result.headers).toBeUndefined();
            expect(result.projects).toEqual(projects);
            expect(result.totals.records).toBe(projects.length);
          },
        ),
        { numRuns: 25 },
      );
    },
  );

  it('uses the bundle’s data date to reject completed projects that end after it', async () => {
    const p = makeProject({ id: 'A', startDate: '2020', endDate: '2030', status: 'completed' });
    const result = expectOk(
      await importFile({
        name: 'b.json',
        bytes: json({
          meta: { asOf: '2026-11-23' },
          projects: [p, { ...p, id: 'B', endDate: '2025' }],
        }),
        lang: 'en',
      }),
    );
    expect(result.projects.map((x) => x.id)).toEqual(['B']);
    expect(result.rejected).toEqual([
      {
        index: 0,
        id: 'A',
        reasons: [{ code: 'completed_in_future', field: 'status', value: '2030' }],
      },
    ]);
  });

  it('keeps descriptions', async () => {
    const p = makeFullProject({ id: 'A', description: ' Long text. ' });
    expect(
      expectOk(await importFile({ name: 'x.json', bytes: json([p]), lang: 'en' })).projects[0]
        ?.description,
    ).toBe('Long text.');
  });
});
