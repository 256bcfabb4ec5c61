import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectSummaryArbitrary } from '@/test/engine-arbitraries';
import { emptyFilters, type Filters, type SortKey } from '../filters';
import type { KeptProject } from './columns';
import { createEngine, engineOnColumns } from './engine';
import { columnPageBytes } from '@/test/column-page';
import { parseProjectSummaries } from '../parse-record';
import {
  createEngineHandler,
  createRequestQueue,
  createSlicedRunner,
  drawnRequest,
  drawnAnswer,
  WARM_UP_REST_MS,
  type EngineRequest,
  type EngineResponse,
} from './engine.worker';
import { timelineProject } from './timeline';

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

  it('warms up once, after the first view, in steps that requests can come between', () => {
    const handle = createEngineHandler();
    handle({ kind: 'load', projects, done: true });
    const first = handle({ kind: 'compute', id: 1, filters: emptyFilters(), sort, lang: 'fr' })!;
    const warmUp = first.warmUp!;
    expect(warmUp.next().done).toBe(false); // one step, then it yields
    // A search arriving mid-way is answered (finishing the search texts itself).
    const midway = delivered(handle({ kind: 'compute', id: 2, filters, sort, lang: 'fr' }));
    const expected = createEngine(projects).compute(filters, sort, 'fr');
    expect(midway.kind === 'view' && [...midway.view.rows]).toEqual([...expected.rows]);
    let steps = 1;
    while (!warmUp.next().done) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(handle({ kind: 'compute', id: 3, filters, sort, lang: 'fr' })!.warmUp).toBeUndefined();
  });

  it('builds the portfolio from page bytes in any order, rejecting records as the page does', () => {
    const records: unknown[] = [...projects.slice(0, 100), { id: 'bad-1', title: 'No dates' }];
    records.push(...projects.slice(100), projects[0]); // and a duplicate ID at the end
    const page = (items: unknown[], offset: number) =>
      columnPageBytes(items, offset, records.length);
    const handle = createEngineHandler();
    handle({ kind: 'pages', asOf: '2100-12', options: {} });
    // Each page is answered with the total it announces and its records.
    expect(
      delivered(handle({ kind: 'page', id: 1, index: 1, bytes: page(records.slice(150), 150) })),
    ).toEqual({
      kind: 'page-read',
      id: 1,
      total: records.length,
      records: records.length - 150,
    });
    expect(
      delivered(handle({ kind: 'page', id: 2, index: 0, bytes: page(records.slice(0, 150), 0) })),
    ).toEqual({
      kind: 'page-read',
      id: 2,
      total: records.length,
      records: 150,
    });
    const loaded = delivered(handle({ kind: 'pages-done', id: 4, pages: 2 }));
    const expected = parseProjectSummaries(records, '2100-12');
    expect(expected.rejected.map((r) => r.id)).toEqual(
      expect.arrayContaining(['bad-1', projects[0]!.id]),
    );
    expect(loaded).toEqual({
      kind: 'loaded',
      id: 4,
      projects: expected.projects.length,
      rejected: expected.rejected,
    });
    const view = delivered(handle({ kind: 'compute', id: 5, filters, sort, lang: 'en' }));
    const inThread = createEngine(expected.projects).compute(filters, sort, 'en');
    expect(view.kind === 'view' && [...view.view.rows]).toEqual([...inThread.rows]);
  });

  it('keeps paged projects without their amounts and spending per year, yet sends each whole', () => {
    let kept: readonly KeptProject[] = [];
    const handle = createEngineHandler((projects, cols) => {
      kept = projects;
      return engineOnColumns(projects, cols);
    });
    handle({ kind: 'pages', asOf: '2100-12', options: {} });
    handle({ kind: 'page', id: 1, index: 0, bytes: columnPageBytes(projects, 0, projects.length) });
    delivered(handle({ kind: 'pages-done', id: 2, pages: 1 }));
    const expected = parseProjectSummaries(projects, '2100-12').projects;
    const spent = expected.flatMap((p, i) => (p.spendingByYear?.length ? [i] : []));
    expect(spent.length).toBeGreaterThan(20);
    // Kept without them: the engine's columns hold them.
    expect(kept).toHaveLength(expected.length);
    expect(spent.filter((i) => kept[i]!.spendingByYear !== undefined)).toEqual([]);
    const amounts = ['budgetUsd', 'committedUsd', 'disbursedUsd', 'spentUsd'];
    expect(kept.filter((p) => amounts.some((field) => field in p))).toEqual([]);
    // Exported whole.
    const exported = handle.rowsOf(emptyFilters(), [], 'en')!.projects;
    expect(Array.from(expected.keys(), (i) => exported.at(i))).toStrictEqual(expected);
    // Sent whole: asked for by index, and as a view's first rows.
    const indices = Uint32Array.from(expected.keys());
    const sentProjects = delivered(handle({ kind: 'projects', id: 3, indices }));
    expect(sentProjects).toStrictEqual({ kind: 'projects', id: 3, projects: expected });
    const view = delivered(
      handle({ kind: 'compute', id: 4, filters: emptyFilters(), sort, lang: 'en', head: 40 }),
    );
    if (view.kind !== 'view') throw new Error(view.kind);
    expect(view.head).toStrictEqual([...view.view.rows.subarray(0, 40)].map((i) => expected[i]));
  });

  it('says why pages could not make a portfolio', () => {
    const handle = createEngineHandler();
    handle({ kind: 'pages', asOf: undefined, options: {} });
    const unreadable = delivered(
      handle({
        kind: 'page',
        id: 5,
        index: 0,
        bytes: new TextEncoder().encode('{"total":').buffer,
      }),
    );
    expect(unreadable).toMatchObject({ kind: 'error', id: 5 });
    const failed = handle({ kind: 'pages-done', id: 6, pages: 1 })!.response;
    expect(failed.kind).toBe('error');
    expect(handle({ kind: 'pages-done', id: 7, pages: 1 })!.response).toEqual({
      kind: 'error',
      id: 7,
      message: 'No pages were sent',
    });
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

describe('createSlicedRunner', () => {
  it('runs work in bounded tasks, letting a message waiting in between go first', () => {
    let clock = 0;
    const queue: (() => void)[] = [];
    const log: string[] = [];
    const runner = createSlicedRunner(
      (task) => queue.push(task),
      () => clock,
      8,
    );
    function* work() {
      for (let i = 0; i < 6; i++) {
        clock += 5; // each step takes 5 ms
        log.push(`step ${i}`);
        yield;
      }
    }
    runner.start(work());
    queue.push(() => log.push('request')); // a message arrives while warming up
    while (queue.length > 0) queue.shift()!();
    expect(log).toEqual(['step 0', 'step 1', 'request', 'step 2', 'step 3', 'step 4', 'step 5']);
    expect(runner.running).toBe(false);
  });

  /** A sliced runner on a hand-driven clock, task queue and timers, and four 5 ms warm-up steps. */
  function handDriven() {
    const time = { now: 0 };
    const queue: (() => void)[] = [];
    const timers: { at: number; task: () => void }[] = [];
    const log: string[] = [];
    const schedule = (task: () => void) => queue.push(task);
    const runner = createSlicedRunner(
      schedule,
      () => time.now,
      8,
      (task, ms) => timers.push({ at: time.now + ms, task }),
    );
    function* work() {
      for (let i = 0; i < 4; i++) {
        time.now += 5;
        log.push(`step ${i}`);
        yield;
      }
    }
    /** Runs every task queued, and those they queue. */
    const drain = () => {
      while (queue.length > 0) queue.shift()!();
    };
    /** Moves the clock to the first timer and runs it. */
    const fireTimer = () => {
      time.now = timers[0]!.at;
      timers.shift()!.task();
    };
    return { time, queue, timers, log, schedule, runner, work, drain, fireTimer };
  }

  it('starts no batch while it rests after an answer the page draws, and goes on afterwards', () => {
    const { time, queue, timers, log, runner, work, drain, fireTimer } = handDriven();
    runner.start(work());
    queue.shift()!(); // steps 0 and 1
    runner.rest(WARM_UP_REST_MS); // an answer was posted
    queue.shift()!();
    expect(log).toEqual(['step 0', 'step 1']);
    expect(queue).toHaveLength(0);
    expect(timers.map((t) => t.at)).toEqual([time.now + WARM_UP_REST_MS]);
    fireTimer();
    drain();
    expect(log).toEqual(['step 0', 'step 1', 'step 2', 'step 3']);
    expect(runner.running).toBe(false);
  });

  it('lets a view asked for go before the warm-up batch already scheduled', () => {
    const { queue, log, schedule, runner, work, drain, fireTimer } = handDriven();
    const requests = createRequestQueue<{ kind: string; id: number }>(
      ({ kind }) => log.push(kind),
      () => undefined,
      schedule,
    );
    runner.start(work());
    queue.shift()!(); // steps 0 and 1; the next batch is scheduled
    // A click's view arrives, as the Worker receives it (engine-worker.ts).
    const arrived = { kind: 'compute', id: 1 };
    if (drawnRequest(arrived)) runner.rest(WARM_UP_REST_MS);
    requests(arrived);
    drain();
    expect(log).toEqual(['step 0', 'step 1', 'compute']);
    fireTimer();
    drain();
    expect(log).toEqual(['step 0', 'step 1', 'compute', 'step 2', 'step 3']);
    expect(
      ['compute', 'timeline', 'projects', 'page', 'export'].filter((kind) =>
        drawnRequest({ kind }),
      ),
    ).toEqual(['compute', 'timeline', 'projects']);
  });

  it('rests after views, timeline windows and table projects, not after page reads', () => {
    expect(
      (['view', 'timeline', 'projects', 'page-read', 'loaded', 'superseded', 'error'] as const)
        .filter((kind) => drawnAnswer({ kind }))
        .sort(),
    ).toEqual(['projects', 'timeline', 'view']);
  });
});

describe('engine worker handler, one compute per filter change', () => {
  /** A handler whose engine counts its computes. */
  function counted() {
    const computes = { count: 0 };
    const handle = createEngineHandler((all, cols) => {
      const engine = engineOnColumns(all, cols);
      return {
        ...engine,
        compute: (...args: Parameters<typeof engine.compute>) => {
          computes.count += 1;
          return engine.compute(...args);
        },
      };
    });
    handle({ kind: 'load', projects, done: true });
    return { handle, computes };
  }
  const query = {
    groupBy: 'region',
    collapsed: [],
    asOf: '2025-06-30',
    offset: 0,
    limit: 50,
  } as const;

  it('computes a view once when the timeline asks for it before the charts', () => {
    const { handle, computes } = counted();
    const window = delivered(handle({ kind: 'timeline', id: 1, filters, sort, lang: 'en', query }));
    // The timeline's screen shows none of a view's optional parts.
    const view = delivered(
      handle({ kind: 'compute', id: 2, filters, sort, lang: 'en', parts: [] }),
    );
    expect(computes.count).toBe(1);
    const expected = createEngine(projects).compute(filters, sort, 'en');
    expect(view.kind === 'view' && [...view.view.rows]).toEqual([...expected.rows]);
    expect(window.kind === 'timeline' && window.window.matching).toBe(expected.rows.length);
  });

  it('computes only the newest of the views asked for while it was busy', () => {
    const { handle, computes } = counted();
    const answered: string[] = [];
    const tasks: (() => void)[] = [];
    const queue = createRequestQueue<EngineRequest>(
      (request) => {
        const result = handle(request);
        if (result) answered.push(`${result.response.kind} ${result.response.id}`);
      },
      ({ id }) => answered.push(`superseded ${id}`),
      (task) => tasks.push(task),
    );
    const region = (id: number, value: 'africa' | 'europe-central-asia' | 'asia-oceania') => ({
      kind: 'compute' as const,
      id,
      filters: { ...emptyFilters(), region: [value] },
      sort,
      lang: 'en' as const,
    });
    // Three clicks arrived while the Worker computed an earlier view: one task runs them.
    queue(region(1, 'africa'));
    queue(region(2, 'europe-central-asia'));
    queue({ kind: 'timeline', id: 3, filters, sort, lang: 'en', query });
    queue(region(4, 'asia-oceania'));
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(answered).toEqual(['superseded 1', 'superseded 2', 'timeline 3', 'view 4']);
    expect(computes.count).toBe(2);
    // Any other message first runs what waits, in order.
    queue(region(5, 'africa'));
    queue({ kind: 'projects', id: 6, indices: new Uint32Array([0]) });
    expect(answered.slice(4)).toEqual(['view 5', 'projects 6']);
    expect(computes.count).toBe(3);
  });

  it('computes a view again only for a part the one it keeps lacks', () => {
    const { handle, computes } = counted();
    const ask = (id: number, parts: ('pivots' | 'spending')[]) =>
      delivered(handle({ kind: 'compute', id, filters, sort, lang: 'en', parts }));
    ask(1, ['spending']);
    ask(2, []);
    expect(computes.count).toBe(1);
    const budget = ask(3, ['pivots']);
    expect(computes.count).toBe(2);
    const expected = createEngine(projects).compute(filters, sort, 'en');
    expect(budget.kind === 'view' && budget.view.pivots).toEqual(expected.pivots);
    ask(4, []);
    expect(computes.count).toBe(2);
  });

  it('computes a view once when the charts ask for it before the timeline, and again for new filters', () => {
    const { handle, computes } = counted();
    delivered(handle({ kind: 'compute', id: 1, filters, sort, lang: 'en' }));
    delivered(handle({ kind: 'timeline', id: 2, filters, sort, lang: 'en', query }));
    delivered(
      handle({
        kind: 'timeline',
        id: 3,
        filters,
        sort,
        lang: 'en',
        query: { ...query, offset: 40 },
      }),
    );
    expect(computes.count).toBe(1);
    const next: Filters = { ...filters, region: ['africa'] };
    delivered(handle({ kind: 'compute', id: 4, filters: next, sort, lang: 'en' }));
    delivered(handle({ kind: 'timeline', id: 5, filters: next, sort, lang: 'en', query }));
    expect(computes.count).toBe(2);
  });

  it('computes nothing when a recent filter state comes back, and gives its view again', () => {
    const { handle, computes } = counted();
    const next: Filters = { ...filters, region: ['africa'] };
    delivered(handle({ kind: 'compute', id: 1, filters, sort, lang: 'en' }));
    delivered(handle({ kind: 'compute', id: 2, filters: next, sort, lang: 'en' }));
    const again = delivered(handle({ kind: 'compute', id: 3, filters, sort, lang: 'en' }));
    delivered(handle({ kind: 'timeline', id: 4, filters: next, sort, lang: 'en', query }));
    expect(computes.count).toBe(2);
    const expected = createEngine(projects).compute(filters, sort, 'en');
    expect(again.kind === 'view' && { ...again.view, rows: [...again.view.rows] }).toEqual({
      ...expected,
      rows: [...expected.rows],
    });
  });

  it('sends the projects of the timeline rows, with only what a row shows, and of any indices asked for', () => {
    const { handle } = counted();
    const answer = delivered(handle({ kind: 'timeline', id: 1, filters, sort, lang: 'en', query }));
    if (answer.kind !== 'timeline') throw new Error(answer.kind);
    const sent = answer.window.rows.filter((row) => row.kind === 'project');
    expect(sent.length).toBeGreaterThan(0);
    for (const row of sent) {
      const project = projects[row.project]!;
      expect(answer.window.projects.get(row.project)).toStrictEqual(
        timelineProject(project, project.budgetUsd),
      );
      // Funders, money and yearly spending stay in the Worker: the answer is copied to the page.
      expect(Object.keys(answer.window.projects.get(row.project)!).sort()).toEqual(
        ['budgetUsd', 'countries', 'endDate', 'id', 'startDate', 'status', 'title'].filter(
          (field) => field in project,
        ),
      );
    }
    const asked = delivered(
      handle({ kind: 'projects', id: 2, indices: Uint32Array.of(5, 0, 299) }),
    );
    expect(asked.kind === 'projects' && asked.projects).toEqual([
      projects[5],
      projects[0],
      projects[299],
    ]);
    const outside = delivered(handle({ kind: 'projects', id: 3, indices: Uint32Array.of(300) }));
    expect(outside.kind).toBe('error');
  });
});
