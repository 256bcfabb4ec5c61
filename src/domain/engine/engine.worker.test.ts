import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectSummaryArbitrary } from '@/test/engine-arbitraries';
import { emptyFilters, type Filters, type SortKey } from '../filters';
import { createEngine } from './engine';
import { createEngineHandler, type EngineResponse } from './engine.worker';

const projects = fc.sample(projectSummaryArbitrary, { numRuns: 300, seed: 7 });
const sort: SortKey[] = [{ field: 'budgetUsd', dir: 'desc' }];
const filters: Filters = {
  ...emptyFilters(),
  region: ['africa', 'asia-oceania'],
  from: 2010,
  q: 'migrants',
};

/** What the page receives: the response after a structured clone, its rows transferred. */
function delivered(
  result: { response: EngineResponse; transfer: Transferable[] } | undefined,
): EngineResponse {
  if (!result) throw new Error('no response');
  return structuredClone(result.response, { transfer: result.transfer });
}

describe('engine worker handler', () => {
  it('gives the same view as computing in the thread, after structured cloning', () => {
    const handle = createEngineHandler();
    expect(handle({ kind: 'load', projects: projects.slice(0, 120), done: false })).toBeUndefined();
    expect(handle({ kind: 'load', projects: projects.slice(120), done: true })).toBeUndefined();
    const inThread = createEngine(projects);
    for (const lang of ['en', 'fr'] as const) {
      const response = delivered(handle({ kind: 'compute', id: 3, filters, sort, lang }));
      expect(response.kind).toBe('view');
      if (response.kind !== 'view') return;
      expect(response.id).toBe(3);
      expect(response.view.facets.region).toBeInstanceOf(Map);
      expect(Object.prototype.toString.call(response.view.rows)).toBe('[object Uint32Array]');
      // Typed arrays from structuredClone come from another realm under jsdom: compare contents.
      const expected = inThread.compute(filters, sort, lang);
      expect({ ...response.view, rows: [...response.view.rows] }).toEqual({
        ...expected,
        rows: [...expected.rows],
      });
      expect(response.view.rows.length).toBeGreaterThan(0);
    }
  });

  it('transfers the rows without breaking later computes', () => {
    const handle = createEngineHandler();
    handle({ kind: 'load', projects, done: true });
    const first = handle({ kind: 'compute', id: 1, filters: emptyFilters(), sort, lang: 'en' })!;
    const rows = first.response.kind === 'view' ? first.response.view.rows : undefined;
    delivered(first);
    expect(rows?.byteLength).toBe(0); // detached: moved, not copied
    const second = delivered(
      handle({ kind: 'compute', id: 2, filters: emptyFilters(), sort, lang: 'en' }),
    );
    expect(second.kind === 'view' && second.view.rows.length).toBe(projects.length);
  });

  it('warms up once, after the first view', () => {
    const handle = createEngineHandler();
    handle({ kind: 'load', projects, done: true });
    const first = handle({ kind: 'compute', id: 1, filters: emptyFilters(), sort, lang: 'fr' })!;
    expect(first.idle).toBeTypeOf('function');
    first.idle!();
    expect(handle({ kind: 'compute', id: 2, filters, sort, lang: 'fr' })!.idle).toBeUndefined();
  });

  it('answers a compute before the portfolio with an error', () => {
    const response = createEngineHandler()({
      kind: 'compute',
      id: 9,
      filters,
      sort,
      lang: 'en',
    })!.response;
    expect(response).toEqual({ kind: 'error', id: 9, message: 'No portfolio loaded' });
  });
});
