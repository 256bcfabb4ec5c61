// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/domain/engine/engine';
import {
  createWorkerHandler,
  type EngineWorkerRequest as EngineRequest,
  type EngineWorkerResponse as EngineResponse,
} from './engine-worker';
import type { PortfolioView } from '@/domain/engine/types';
import { emptyFilters, type Filters, type SortKey } from '@/domain/filters';
import { projectSummaryArbitrary } from '@/test/engine-arbitraries';
import { parseProjectSummaries } from '@/domain/parse-record';
import { columnPageBytes } from '@/test/column-page';
import {
  createEngineClient,
  HEAD_ROWS,
  Superseded,
  WORKER_THRESHOLD,
  type ComputedView,
  type EngineWorker,
} from './engine-client';
import { FeedRejected, startEngineFeed } from './engine-feed';

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
/** The view of a computed answer, comparable. */
const viewOf = (computed: ComputedView) => plain(computed.view);

/** A stand-in Worker running the real handler a task later, messages structured-cloned both ways. */
function fakeWorker(options: { failOnCompute?: boolean } = {}) {
  const handle = createWorkerHandler();
  const computes: EngineRequest[] = [];
  const posted: { kind: EngineRequest['kind']; transfer: Transferable[] }[] = [];
  let loadMessages = 0;
  let terminated = false;
  const worker: EngineWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message, { transfer = [] } = {}) {
      posted.push({ kind: message.kind, transfer });
      const request = structuredClone(message, { transfer });
      if (request.kind === 'compute') computes.push(request);
      else if (request.kind === 'load' && request.done) loadMessages += 1;
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
  return {
    worker,
    computes,
    posted,
    loads: () => loadMessages,
    isTerminated: () => terminated,
  };
}

/** Lets the promise chains run, but no task (the fake worker answers a task later). */
const microtasks = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

const request = (filters: Filters, lang: 'en' | 'fr' = 'en') => ({ filters, sort, lang });
const expectedView = (filters: Filters, lang: 'en' | 'fr' = 'en') =>
  plain(createEngine(projects).compute(filters, sort, lang));

describe('createEngineClient', () => {
  it('computes on this thread when asked not to use a Worker, or when there is none', async () => {
    for (const useWorker of [false, true]) {
      // jsdom has no Worker, so useWorker: true falls back too.
      const client = createEngineClient(projects, { useWorker });
      expect(client.inWorker).toBe(false);
      expect(viewOf(await client.compute(request(last, 'fr')))).toEqual(expectedView(last, 'fr'));
      // On this thread the view is also there at once, for the render.
      expect(plain(client.computeNow!(request(last, 'fr')))).toEqual(expectedView(last, 'fr'));
    }
  });

  it('computes a view asked ahead once: an equal request meanwhile waits for its answer', async () => {
    const { worker, computes } = fakeWorker();
    const client = createEngineClient(projects, { useWorker: true, createWorker: () => worker });
    client.askAhead!(request(last));
    await microtasks();
    expect(computes).toHaveLength(1); // asked at once, before any render asks
    // The render's own request for the same filter state (another object) joins it.
    const asked = { ...request({ ...last }), sort: [...sort] };
    const computed = await client.compute(asked);
    expect(computes).toHaveLength(1);
    expect(computed.request).toBe(asked);
    expect(viewOf(computed)).toEqual(expectedView(last));
    // Kept for the render of the address: there at once, no pending state.
    expect(viewOf(client.recentNow!(request({ ...last }))!)).toEqual(expectedView(last));
    client.dispose();
  });

  it('asks a pressed option’s view ahead only while no view is being computed', async () => {
    const { worker, computes } = fakeWorker();
    const client = createEngineClient(projects, { useWorker: true, createWorker: () => worker });
    // Idle: the press asks at once, and the click's request joins its answer.
    client.askOnPress!(request(last));
    await microtasks();
    expect(computes).toHaveLength(1);
    const computed = await client.compute(request({ ...last }));
    expect(computes).toHaveLength(1);
    expect(viewOf(computed)).toEqual(expectedView(last));
    // A view being computed: a press asks nothing, so it cannot hold that answer back.
    const first = burst[0]!;
    const shown = client.compute(request(first));
    await microtasks();
    client.askOnPress!(request(burst[1]!));
    await microtasks();
    expect(computes.map((c) => (c.kind === 'compute' ? c.filters.region : []))).toEqual([
      last.region,
      first.region,
    ]);
    expect(viewOf(await shown)).toEqual(expectedView(first));
    client.dispose();
  });

  it('asks nothing on a press when it computes on this thread', async () => {
    const { worker, computes } = fakeWorker();
    const client = createEngineClient(projects, { useWorker: false, createWorker: () => worker });
    client.askOnPress!(request(last));
    await microtasks();
    expect(computes).toHaveLength(0);
  });

  it('keeps the projects of a Worker view’s first rows, sent with it', async () => {
    const { worker } = fakeWorker();
    const client = createEngineClient(projects, { useWorker: true, createWorker: () => worker });
    const { view } = await client.compute(request(emptyFilters()));
    const top = Math.min(HEAD_ROWS, view.rows.length);
    for (let k = 0; k < top; k++)
      expect(client.knownProject!(view.rows[k]!)).toEqual(projects[view.rows[k]!]);
    client.dispose();
  });

  it('uses a Worker by default only from the threshold on', () => {
    const { worker } = fakeWorker();
    const small = createEngineClient(projects, { createWorker: () => worker });
    expect(small.inWorker).toBe(false);
    expect(small.computeNow).toBeDefined();
    const large = createEngineClient(
      Array.from({ length: WORKER_THRESHOLD }, (_, i) => projects[i % projects.length]!),
      { createWorker: () => worker },
    );
    expect(large.inWorker).toBe(true);
    expect(large.computeNow).toBeUndefined();
    large.dispose();
  });

  it('gives the same views in a worker as on this thread, each with the request it answers', async () => {
    const { worker } = fakeWorker();
    const client = createEngineClient(projects, { useWorker: true, createWorker: () => worker });
    expect(client.inWorker).toBe(true);
    for (const filters of burst) {
      const asked = request(filters);
      const computed = await client.compute(asked);
      expect(computed.request).toBe(asked);
      expect(viewOf(computed)).toEqual(expectedView(filters));
    }
  });

  it('answers a return to a recent filter state without asking the worker, the view it had', async () => {
    const { worker, computes } = fakeWorker();
    const client = createEngineClient(projects, { useWorker: true, createWorker: () => worker });
    const unfiltered = await client.compute(request(emptyFilters()));
    await client.compute(request(burst[0]!)); // a box ticked
    const back = await client.compute(request(emptyFilters())); // and unticked again
    expect(computes).toHaveLength(2);
    expect(back.view).toBe(unfiltered.view);
    expect(viewOf(back)).toEqual(expectedView(emptyFilters()));
    // Four filter states are kept: a fifth pushes out the oldest, which is asked for again.
    for (const filters of burst.slice(1, 5)) await client.compute(request(filters));
    expect(computes).toHaveLength(6);
    await client.compute(request(burst[4]!));
    expect(computes).toHaveLength(6);
    await client.compute(request(emptyFilters()));
    expect(computes).toHaveLength(7);
  });

  it('sends the portfolio to the worker once, however many views are asked', async () => {
    const { worker, loads } = fakeWorker();
    const client = createEngineClient(projects, { useWorker: true, createWorker: () => worker });
    for (const filters of burst) await client.compute(request(filters));
    expect(loads()).toBe(1);
  });

  it('ends a burst on this thread with the last request’s view, for every caller', async () => {
    const client = createEngineClient(projects, { useWorker: false });
    const views = await Promise.all(burst.map((filters) => client.compute(request(filters))));
    for (const view of views) expect(viewOf(view)).toEqual(expectedView(last));
  });

  it('ends a burst in a worker with the last request’s view, skipping the ones in between', async () => {
    const { worker, computes } = fakeWorker();
    const client = createEngineClient(projects, { useWorker: true, createWorker: () => worker });
    const first = client.compute(request(burst[0]!));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the first request is now in the worker
    const rest = burst.slice(1).map((filters) => client.compute(request(filters)));
    const views = await Promise.all([first, ...rest]);
    for (const view of views) {
      expect(viewOf(view)).toEqual(expectedView(last));
      expect(view.request.filters).toBe(last);
    }
    // The first request and the last one were computed; the three in between never were.
    expect(computes.map((c) => c.kind === 'compute' && c.filters.region)).toEqual([
      burst[0]!.region,
      last.region,
    ]);
  });

  it('asks the worker for a newer view at once, and answers every caller with the newest', async () => {
    const { worker, computes } = fakeWorker();
    const client = createEngineClient(projects, { useWorker: true, createWorker: () => worker });
    await client.compute(request(burst[0]!)); // the portfolio is in the worker
    const older = client.compute(request(burst[1]!));
    await microtasks(); // the older request is sent…
    const newer = client.compute(request(last));
    await microtasks(); // …and the newer one too, before the older one is answered (a task later)
    expect(computes.map((c) => c.kind === 'compute' && c.filters.region)).toEqual([
      burst[0]!.region,
      burst[1]!.region,
      last.region,
    ]);
    for (const view of await Promise.all([older, newer])) {
      expect(view.request.filters).toBe(last);
      expect(viewOf(view)).toEqual(expectedView(last));
    }
  });

  it('never asks the worker for a timeline window a newer one replaced while it waited', async () => {
    const { worker, posted } = fakeWorker();
    const client = createEngineClient(projects, { useWorker: true, createWorker: () => worker });
    const query = {
      groupBy: 'region',
      collapsed: [],
      asOf: '2025-06-30',
      offset: 0,
      limit: 50,
    } as const;
    const asked = burst.map((filters) => client.timeline(request(filters), query));
    const settled = await Promise.allSettled(asked);
    // The first went at once; the ones in between were replaced and never sent.
    expect(posted.filter((p) => p.kind === 'timeline')).toHaveLength(2);
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      ...burst.slice(2).map(() => 'rejected'),
      'fulfilled',
    ]);
    for (const s of settled.slice(1, -1))
      expect(s.status === 'rejected' && s.reason).toBeInstanceOf(Superseded);
    const newest = settled[settled.length - 1]!;
    expect(newest.status === 'fulfilled' && newest.value.matching).toBe(
      expectedView(last).rows.length,
    );
  });

  it('falls back to this thread when the worker fails', async () => {
    const { worker, isTerminated } = fakeWorker({ failOnCompute: true });
    const client = createEngineClient(projects, { useWorker: true, createWorker: () => worker });
    const view = await client.compute(request(last));
    expect(viewOf(view)).toEqual(expectedView(last));
    expect(client.inWorker).toBe(false);
    expect(isTerminated()).toBe(true);
  });

  it('rejects pending and later requests once disposed', async () => {
    const { worker } = fakeWorker();
    const client = createEngineClient(projects, { useWorker: true, createWorker: () => worker });
    const pending = client.compute(request(last));
    client.dispose();
    await expect(pending).rejects.toThrow('disposed');
    await expect(client.compute(request(last))).rejects.toThrow('disposed');
  });

  describe('fed with the pages as they download', () => {
    /** A column page of the API as the bytes that arrive, records from `offset` on. */
    const pageBytes = (records: readonly unknown[], offset: number): ArrayBuffer =>
      columnPageBytes(records, offset, projects.length + 1);
    // One invalid record in the second page: the Worker must reject it as the page does.
    const records: unknown[] = [...projects.slice(0, 120), { id: 'x-1', title: 'No dates' }];
    records.push(...projects.slice(120));
    const pages = [records.slice(0, 120), records.slice(120)];

    it('moves each page’s bytes to the worker, which alone then holds the portfolio', async () => {
      const { worker, posted, loads } = fakeWorker();
      const feed = startEngineFeed(undefined, {}, () => worker)!;
      const bytes = pages.map((page, i) => pageBytes(page, i * 120));
      // Pages arrive in any order; each is answered with what it announced and held.
      const reads = [feed.page(1, bytes[1]!), feed.page(0, bytes[0]!)];
      const pageMessages = posted.filter((p) => p.kind === 'page');
      expect(pageMessages.map((p) => p.transfer)).toEqual([[bytes[1]], [bytes[0]]]);
      expect(bytes.map((b) => b.byteLength)).toEqual([0, 0]); // moved, not copied
      expect(await Promise.all(reads)).toEqual([
        { total: records.length, records: records.length - 120 },
        { total: records.length, records: 120 },
      ]);
      // What the page would have validated from the same records.
      const expected = parseProjectSummaries(records);
      const { held, rejected } = await feed.finish(2);
      expect(held.size).toBe(expected.projects.length);
      expect(rejected).toEqual(expected.rejected);
      const client = createEngineClient(held, {
        createWorker: () => {
          throw new Error('a second worker was started');
        },
      });
      expect(client.inWorker).toBe(true);
      expect(client.projectsHere).toBeUndefined();
      expect(viewOf(await client.compute(request(last, 'fr')))).toEqual(
        plain(createEngine(expected.projects).compute(last, sort, 'fr')),
      );
      expect(await client.projects(Uint32Array.of(3, 0))).toEqual([
        expected.projects[3],
        expected.projects[0],
      ]);
      expect(loads()).toBe(0);
      expect(posted.some((p) => p.kind === 'load')).toBe(false);
      // Handed over once; once its session ends, the portfolio is held nowhere.
      expect(held.take()).toBeUndefined();
      client.dispose();
      expect(held.ended).toBe(true);
      const again = createEngineClient(held);
      await expect(again.compute(request(last))).rejects.toThrow('ended');
    });

    it('rejects a load the Worker cannot complete', async () => {
      const { worker } = fakeWorker();
      const feed = startEngineFeed(undefined, {}, () => worker)!;
      await feed.page(0, pageBytes(pages[0]!, 0)); // the second page never sent
      await expect(feed.finish(2)).rejects.toBeInstanceOf(FeedRejected);
    });

    it('rejects a page the Worker cannot read', async () => {
      const { worker } = fakeWorker();
      const feed = startEngineFeed(undefined, {}, () => worker)!;
      const unreadable = new TextEncoder().encode('{"total":').buffer as ArrayBuffer;
      await expect(feed.page(0, unreadable)).rejects.toBeInstanceOf(FeedRejected);
    });
  });
});
