import { columnPageSteps } from '@/domain/parse-columns';
import {
  createSummaryValidator,
  type RejectedRecord,
  type SummaryValidator,
} from '@/domain/parse-record';
import type { Meta, ProjectSummary } from '@/domain/project';
import { ApiError } from './client';
import { fetchMeta } from './meta';
import { setLoadProgress } from './load-progress';
import {
  FeedRejected,
  startEngineFeed,
  WORKER_THRESHOLD,
  type EngineFeed,
  type WorkerHeld,
} from '@/lib/engine-feed';
import { perfMeasure, perfNow } from '@/lib/perf/perf-marks';
import { fetchColumnPageInto, fetchProjectPage, type ListPage } from './project-pages';
import { apiPortForWorker } from './port-fetch';
import { WorkerFailed } from '@/lib/worker-client';
import { WorkerLoadFailed } from './worker-load-failed';

/**
 * The largest portfolio loaded on this thread when the engine's Worker stops while loading it
 * (it crashed, or could not start): the page held 100,000 projects in about 90 MB before the
 * Worker took them over; a million took minutes and over 500 MB. Above it the load fails with
 * WorkerLoadFailed, which says why.
 */
export const IN_THREAD_LIMIT = 200_000;

/** Pages requested at once after the first. */
const PARALLEL_PAGES = 4;

/**
 * Records validated between two yields to the page: a few milliseconds' work, so that checking a
 * 50,000-record column page never holds the main thread for one long task.
 */
export const VALIDATE_SLICE = 5_000;

/** Resolves in a new task; a message, not a timer, so that a hidden tab is not slowed to 1 s. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** A row page's records validated a slice at a time, as columnPageSteps does a column page's. */
function rowSteps(
  items: readonly unknown[],
  validator: SummaryValidator,
): (limit: number) => number {
  let at = 0;
  return (limit) => {
    const slice = items.slice(at, at + limit);
    at += slice.length;
    validator.add(slice);
    return slice.length;
  };
}

/** The whole portfolio as the client holds it: valid projects, rejected records and the meta. */
export interface Portfolio {
  meta: Meta;
  /**
   * The valid projects, when this thread holds them: undefined above the Worker threshold, where
   * only the engine's Worker holds them (`held`) and screens ask its session for what they show.
   */
  projects: ProjectSummary[] | undefined;
  /** The portfolio as the engine's Worker holds it, when only it does. */
  held?: WorkerHeld;
  rejected: RejectedRecord[];
  /** Accepted records with a question (an imported status that contradicts the dates). */
  flagged?: RejectedRecord[];
  /** Records the API announced; equals projects + rejected once everything has loaded. */
  total: number;
}

/** How many valid projects the portfolio has. */
export function portfolioSize(portfolio: Portfolio): number {
  return portfolio.projects?.length ?? portfolio.held?.size ?? 0;
}

/** What the portfolio's engine session works on: its projects, or the Worker holding them. */
export function engineSource(portfolio: Portfolio): readonly ProjectSummary[] | WorkerHeld {
  return portfolio.projects ?? portfolio.held ?? [];
}

/**
 * Runs `run` on offsets `step`, `2·step`… below `end`, at most `width` at a time, starting the
 * next as each ends, until `run` says to stop (an empty page): a wrong total never makes it
 * request pages that cannot exist.
 */
async function pagesInWindow(
  step: number,
  end: number,
  width: number,
  run: (offset: number, index: number) => Promise<'more' | 'stop'>,
): Promise<void> {
  let index = 0;
  let stopped = false;
  const lane = async () => {
    while (!stopped && (index + 1) * step < end) {
      const mine = index++;
      if ((await run((mine + 1) * step, mine)) === 'stop') stopped = true;
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
}

/** The load fails when the server's count and what it sent disagree, either way. */
function checkTotal(announced: number, received: number, pageTotal?: number): void {
  if (pageTotal !== undefined && pageTotal !== announced)
    throw new ApiError(
      'invalid',
      `The API announced ${announced} projects, then ${pageTotal} on a later page`,
    );
  if (received !== announced)
    throw new ApiError('invalid', `The API announced ${announced} projects but sent ${received}`);
}

/**
 * Loads every page of the project list — the first, then the rest four at a time — reporting
 * progress, and validates each record. The meta comes first: its project count picks where the
 * projects (in the column format, project-pages.ts) are read and kept: on this thread,
 * or from WORKER_THRESHOLD on in the engine's Worker alone (`projects` is then undefined); should
 * that Worker stop while loading, a portfolio of up to IN_THREAD_LIMIT projects is loaded on this
 * thread instead, and a larger one fails with WorkerLoadFailed. Pages are validated in order as soon as they can be, so
 * a large portfolio is checked while the rest downloads. A page that still fails after its
 * retries fails the whole load: a partly loaded portfolio is never passed off as complete.
 * `getMeta` gives the meta (the query cache's, so that it is requested once per load).
 */
export async function fetchPortfolio(
  signal?: AbortSignal,
  getMeta: (signal?: AbortSignal) => Promise<Meta> = fetchMeta,
): Promise<Portfolio> {
  setLoadProgress({ loaded: 0, total: undefined, active: true });
  try {
    const meta = await getMeta(signal);
    // A portfolio the engine computes in a Worker: only the Worker reads and keeps it.
    const feed =
      meta.projectCount >= WORKER_THRESHOLD
        ? startEngineFeed(meta.asOf, { types: meta.types }, undefined, apiPortForWorker())
        : undefined;
    if (feed)
      try {
        return await fetchIntoWorker(meta, feed, signal);
      } catch (error) {
        if (!(error instanceof WorkerFailed)) throw error;
        if (meta.projectCount > IN_THREAD_LIMIT) throw new WorkerLoadFailed(meta.projectCount);
        // The Worker stopped: this thread loads, validates and computes the portfolio instead.
        setLoadProgress({ loaded: 0, total: meta.projectCount, active: true });
      }
    return await fetchHere(meta, signal);
  } finally {
    setLoadProgress({ loaded: 0, total: undefined, active: false });
  }
}

/**
 * Loads the pages into the engine's Worker: the Worker fetches each page itself (from the server,
 * or in the demo build from the mock API's Worker), reads, validates and keeps the projects, and
 * says what each page announced and held, so that the same total checks apply. This thread
 * decides which pages to ask for, retries, reports progress and checks the totals; it never
 * touches a page's bytes and keeps no project.
 */
async function fetchIntoWorker(
  meta: Meta,
  feed: EngineFeed,
  signal: AbortSignal | undefined,
): Promise<Portfolio> {
  const started = perfNow();
  let finished = false;
  try {
    let pages = 0;
    const fetchPage = async (offset: number, index: number) => {
      try {
        const read = await fetchColumnPageInto(feed, index, offset, signal);
        pages++;
        return read;
      } catch (error) {
        if (error instanceof FeedRejected) throw new ApiError('invalid', error.message);
        throw error;
      }
    };
    const first = await fetchPage(0, 0);
    const total = first.total;
    let loaded = first.records;
    setLoadProgress({ loaded, total, active: true });
    if (loaded > total) checkTotal(total, loaded);
    const step = Math.max(1, first.records);
    await pagesInWindow(
      step,
      first.records === 0 ? 0 : total,
      PARALLEL_PAGES,
      async (offset, index) => {
        const page = await fetchPage(offset, index + 1);
        if (page.total !== total) checkTotal(total, loaded, page.total);
        loaded += page.records;
        if (loaded > total) checkTotal(total, loaded);
        setLoadProgress({ loaded, total, active: true });
        return page.records === 0 ? 'stop' : 'more';
      },
    );
    perfMeasure('load:fetch', started, { format: 'columns', records: loaded });
    checkTotal(total, loaded);
    const { held, rejected } = await feed.finish(pages).catch((error: unknown) => {
      throw error instanceof FeedRejected ? new ApiError('invalid', error.message) : error;
    });
    finished = true;
    return { meta, projects: undefined, held, rejected, total };
  } finally {
    if (!finished) feed.cancel();
  }
}

/**
 * Loads every page and validates each record on this thread. Pages are validated in order as
 * soon as they can be, in slices, so the portfolio is checked while the rest downloads.
 */
async function fetchHere(meta: Meta, signal: AbortSignal | undefined): Promise<Portfolio> {
  const started = perfNow();
  const fetchPage = (offset: number) => fetchProjectPage(offset, signal);
  const options = { types: meta.types };
  const validator = createSummaryValidator(meta.asOf, options);
  // Pages are validated one after the other, in order, each in slices with the page's other
  // work (rendering, input, the next responses) between them. A column page is validated
  // column-wise (each distinct date, code, country and funder once), a row page record by record.
  let validating = Promise.resolve();
  const validate = ({ page, count }: ListPage) => {
    validating = validating.then(async () => {
      const step =
        'format' in page
          ? columnPageSteps(page, validator, options)
          : rowSteps(page.items, validator);
      for (let done = 0; done < count;) {
        if (done > 0) await nextTask();
        const t = perfNow();
        const records = step(VALIDATE_SLICE);
        if (records === 0) break;
        done += records;
        perfMeasure('load:validate', t, { records });
      }
    });
  };
  const first = await fetchPage(0);
  const total = first.total;
  let loaded = first.count;
  setLoadProgress({ loaded, total, active: true });
  validate(first);
  if (loaded > total) checkTotal(total, loaded);
  // Step by what the server actually sent, in case it caps pages below our limit.
  const step = Math.max(1, first.count);
  // Pages arrive in any order; each is validated once every page before it has been.
  const arrived = new Map<number, ListPage>();
  let nextToValidate = 0;
  await pagesInWindow(
    step,
    first.count === 0 ? 0 : total,
    PARALLEL_PAGES,
    async (offset, index) => {
      const page = await fetchPage(offset);
      if (page.total !== total) checkTotal(total, loaded, page.total);
      loaded += page.count;
      if (loaded > total) checkTotal(total, loaded);
      setLoadProgress({ loaded, total, active: true });
      arrived.set(index, page);
      for (let next = arrived.get(nextToValidate); next; next = arrived.get(nextToValidate)) {
        arrived.delete(nextToValidate++);
        validate(next);
      }
      return page.count === 0 ? 'stop' : 'more';
    },
  );
  await validating;
  perfMeasure('load:fetch', started, { format: 'columns', records: loaded });
  checkTotal(total, loaded);
  const { projects, rejected } = validator.result();
  return { meta, projects, rejected, total };
}
