import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/domain/engine/engine';
import { emptyFilters, type Filters, type SortKey } from '@/domain/filters';
import { parseProjectSummaries } from '@/domain/parse-record';
import { columnPageBytes } from '@/test/column-page';
import { projectSummaryArbitrary } from '@/test/engine-arbitraries';
import { projectsToCsv } from './csv/export';
import { createWorkerHandler } from './engine-worker';

const projects = fc.sample(projectSummaryArbitrary, { numRuns: 200, seed: 11 });
const sort: SortKey[] = [{ field: 'budgetUsd', dir: 'desc' }];
const filters: Filters = { ...emptyFilters(), region: ['africa', 'latin-america-caribbean'] };

describe('the engine Worker export', () => {
  it('writes the CSV of the view asked for, in its order, as the page would write it', async () => {
    const handle = createWorkerHandler();
    handle({ kind: 'load', projects, done: true });
    const settings = {
      columns: ['id', 'title', 'budgetUsd'] as const,
      delimiter: ';' as const,
      linkBase: 'https://example.org/projects/',
    };
    const result = handle({
      kind: 'export',
      id: 1,
      filters,
      sort,
      lang: 'fr',
      settings: { ...settings, columns: [...settings.columns] },
    });
    const response = result!.response;
    if (response.kind !== 'csv') throw new Error(response.kind);
    const rows = createEngine(projects).compute(filters, sort, 'fr').rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(response.rows).toBe(rows.length);
    // Compared as bytes: reading the Blob as text would drop its byte order mark.
    expect(new Uint8Array(await response.blob.arrayBuffer())).toEqual(
      new TextEncoder().encode(
        projectsToCsv({
          projects,
          order: rows,
          columns: [...settings.columns],
          lang: 'fr',
          delimiter: ';',
          projectUrl: (id) => `https://example.org/projects/${encodeURIComponent(id)}`,
        }),
      ),
    );
  });

  it('writes every field of a paged portfolio, whose amounts its Worker keeps in the columns', async () => {
    const handle = createWorkerHandler();
    handle({ kind: 'pages', asOf: '2100-12', options: {} });
    handle({ kind: 'page', id: 1, index: 0, bytes: columnPageBytes(projects, 0, projects.length) });
    expect(handle({ kind: 'pages-done', id: 2, pages: 1 })?.response.kind).toBe('loaded');
    const settings = { columns: undefined, delimiter: ',' as const, linkBase: '/p/' };
    const result = handle({ kind: 'export', id: 3, filters, sort, lang: 'en', settings });
    const response = result!.response;
    if (response.kind !== 'csv') throw new Error(response.kind);
    const expected = parseProjectSummaries(projects, '2100-12').projects;
    const rows = createEngine(expected).compute(filters, sort, 'en').rows;
    expect(response.rows).toBe(rows.length);
    expect(new Uint8Array(await response.blob.arrayBuffer())).toEqual(
      new TextEncoder().encode(
        projectsToCsv({
          projects: expected,
          order: rows,
          lang: 'en',
          delimiter: ',',
          projectUrl: (id) => `/p/${encodeURIComponent(id)}`,
        }),
      ),
    );
  });

  it('says so when no portfolio was loaded', () => {
    const handle = createWorkerHandler();
    const settings = { columns: undefined, delimiter: ',' as const, linkBase: '/' };
    const result = handle({ kind: 'export', id: 2, filters, sort, lang: 'en', settings });
    expect(result?.response.kind).toBe('error');
  });
});
