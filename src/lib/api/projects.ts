import { queryOptions } from '@tanstack/react-query';
import { createSummaryValidator, type RejectedRecord } from '@/domain/parse-record';
import type { Meta, ProjectSummary } from '@/domain/project';
import { ApiError } from './client';
import { fetchMeta } from './meta';
import { portfolioKeys } from './portfolio-keys';
import { setLoadProgress } from './load-progress';
import { perfMeasure, perfNow } from '@/lib/perf/perf-marks';
import { fetchProjectPage, pageFormatFor } from './project-pages';

/** Pages requested at once after the first. */
const PARALLEL_PAGES = 4;

/** The whole portfolio as the client holds it: valid projects, rejected records and the meta. */
export interface Portfolio {
  meta: Meta;
  projects: ProjectSummary[];
  rejected: RejectedRecord[];
  /** Records the API announced; equals projects + rejected once everything has loaded. */
  total: number;
}

/** Runs `run` over `items` with at most `width` at a time, starting the next as each ends. */
async function inWindow<T>(
  items: readonly T[],
  width: number,
  run: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      await run(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

/**
 * Loads every page of the project list — the first, then the rest four at a time — reporting
 * progress, and validates each record. The meta comes first: its project count picks the wire
 * format (columns for large portfolios). Pages are validated in order as soon as they can be, so
 * a large portfolio is checked while the rest downloads. A page that still fails after its
 * retries fails the whole load: a partly loaded portfolio is never passed off as complete.
 */
export async function fetchPortfolio(signal?: AbortSignal): Promise<Portfolio> {
  setLoadProgress({ loaded: 0, total: undefined, active: true });
  const started = perfNow();
  try {
    const meta = await fetchMeta(signal);
    const format = pageFormatFor(meta.projectCount);
    const fetchPage = (offset: number) => fetchProjectPage(offset, format, signal);
    const validator = createSummaryValidator(meta.asOf, { types: meta.types });
    const validate = (items: readonly unknown[]) => {
      const t = perfNow();
      validator.add(items);
      perfMeasure('load:validate', t, { records: items.length });
    };
    const first = await fetchPage(0);
    const total = first.total;
    let loaded = first.items.length;
    setLoadProgress({ loaded, total, active: true });
    validate(first.items);
    const offsets: number[] = [];
    // Step by what the server actually sent, in case it caps pages below our limit.
    const step = Math.max(1, first.items.length);
    for (let offset = step; offset < total; offset += step) offsets.push(offset);
    // Pages arrive in any order; each is validated once every page before it has been.
    const arrived = new Map<number, unknown[]>();
    let nextToValidate = 0;
    await inWindow(offsets, PARALLEL_PAGES, async (offset, index) => {
      const page = await fetchPage(offset);
      loaded += page.items.length;
      setLoadProgress({ loaded, total, active: true });
      arrived.set(index, page.items);
      for (let items = arrived.get(nextToValidate); items; items = arrived.get(nextToValidate)) {
        arrived.delete(nextToValidate++);
        validate(items);
      }
    });
    perfMeasure('load:fetch', started, { format, records: loaded });
    if (loaded < total) {
      throw new ApiError('invalid', `The API announced ${total} projects but sent ${loaded}`);
    }
    const { projects, rejected } = validator.result();
    return { meta, projects, rejected, total };
  } finally {
    setLoadProgress({ loaded: 0, total: undefined, active: false });
  }
}

export const portfolioQueryOptions = () =>
  queryOptions({
    queryKey: portfolioKeys.projects(),
    queryFn: ({ signal }) => fetchPortfolio(signal),
    // Each page already retries with backoff; retrying the whole load on top would keep the
    // user waiting minutes before they see the message and the Retry button.
    retry: false,
  });
