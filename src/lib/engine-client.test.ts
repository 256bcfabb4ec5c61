// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/domain/engine/engine';
import {
  createEngineHandler,
  type EngineRequest,
  type EngineResponse,
} from '@/domain/engine/engine.worker';
import type { PortfolioView } from '@/domain/engine/types';
import { emptyFilters, type Filters, type SortKey } from '@/domain/filters';
import { projectSummaryArbitrary } from '@/test/engine-arbitraries';
import { createEngineClient, type EngineWorker } from './engine-client';

const projects = fc.sample(projectSummaryArbitrary, { numRuns: 200, seed: 11 });
const sort: SortKey[] = [{ field: 'title', dir: 'asc' }];
const REGIONS = [
  'africa',
  'asia-oceania',
  'europe-central-asia',
  'latin-america-caribbean',
  'middle-east-north-africa',
] as const;
const burst: Filters[] = REGIONS.map((region) => ({ ...emptyFilters(), region: [region] }));
const last = burst[burst.length - 1]!;
const plain = (view: PortfolioView) => ({ ...view, rows: [...view.rows] });

/** A stand-in Worker running the real handler a task later, messages structured-cloned both ways. */
function fakeWorker(options: { failOnCompute?: boolean } = {}) {
  const handle = createEngineHandler();
  const computes: EngineRequest[] = [];
  let terminated = false;
  const worker: EngineWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      const request = structuredClone(message);
      if (request.kind === 'compute') computes.push(request);
      setTimeout(() => {
        if (terminated) return;
        if (request.kind === 'compute' && options.failOnCompute)
          return worker.onerror?.(new ErrorEvent('error'));
        const result = handle(request);
        if (result)
          worker.onmessage?.(
            new MessageEvent<EngineResponse>('message', {
              data: structuredClone(result.response, { transfer: result.transfer }),
            }),
          );
      }, 1);
    },
    terminate() {
      terminated = true;
    },
  };
  return { worker, computes, isTerminated: () => terminated };
}

describe('createEngineClient', () => {
  it('computes on this thread when asked not to use a Worker, or when there is none', async () => {
    const expected = createEngine(projects).compute(last, sort, 'fr');
    for (const useWorker of [false, true]) {
      // jsdom has no Worker, so useWorker: true falls back too.
      const client = createEngineClient(projects, { useWorker });
      expect(client.inWorker).toBe(false);
      expect(plain(await client.compute(last, sort, 'fr'))).toEqual(plain(expected));
    }
  });

  it('gives the same views in a worker as on this thread', async () => {
    const { worker } = fakeWorker();
    const client = createEngineClient(projects, { useWorker: true, createWorker: () => worker });
    expect(client.inWorker).toBe(true);
    const local = createEngineClient(projects, { useWorker: false });
    for (const filters of burst) {
      expect(plain(await client.compute(filters, sort, 'en'))).toEqual(
        plain(await local.compute(filters, sort, 'en')),
      );
    }
  });

  it('ends a burst on this thread with the last request’s view, for every caller', async () => {
    const client = createEngineClient(projects, { useWorker: false });
    const views = await Promise.all(burst.map((filters) => client.compute(filters, sort, 'en')));
    const expected = plain(createEngine(projects).compute(last, sort, 'en'));
    for (const view of views) expect(plain(view)).toEqual(expected);
  });

  it('ends a burst in a worker with the last request’s view, skipping the ones in between', async () => {
    const { worker, computes } = fakeWorker();
    const client = createEngineClient(projects, { useWorker: true, createWorker: () => worker });
    const first = client.compute(burst[0]!, sort, 'en');
    await new Promise((resolve) => setTimeout(resolve, 0)); // the first request is now in the worker
    const rest = burst.slice(1).map((filters) => client.compute(filters, sort, 'en'));
    const views = await Promise.all([first, ...rest]);
    const expected = plain(createEngine(projects).compute(last, sort, 'en'));
    for (const view of views) expect(plain(view)).toEqual(expected);
    // The first request and the last one were computed; the three in between never were.
    expect(computes.map((c) => c.kind === 'compute' && c.filters.region)).toEqual([
      burst[0]!.region,
      last.region,
    ]);
  });

  it('falls back to this thread when the worker fails', async () => {
    const { worker, isTerminated } = fakeWorker({ failOnCompute: true });
    const client = createEngineClient(projects, { useWorker: true, createWorker: () => worker });
    const view = await client.compute(last, sort, 'en');
    expect(plain(view)).toEqual(plain(createEngine(projects).compute(last, sort, 'en')));
    expect(client.inWorker).toBe(false);
    expect(isTerminated()).toBe(true);
  });

  it('rejects pending and later requests once disposed', async () => {
    const { worker } = fakeWorker();
    const client = createEngineClient(projects, { useWorker: true, createWorker: () => worker });
    const pending = client.compute(last, sort, 'en');
    client.dispose();
    await expect(pending).rejects.toThrow('disposed');
    await expect(client.compute(last, sort, 'en')).rejects.toThrow('disposed');
  });
});
