import { queryOptions } from '@tanstack/react-query';
import { parseProjectSummaries, type RejectedRecord } from '@/domain/parse-record';
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

/**
 * Loads every page of the project list — the first, then the rest in parallel — reporting
 * progress, and validates each record. The meta comes first: its project count picks the wire
 * format (columns for large portfolios). A page that still fails after its retries fails the
 * whole load: a partly loaded portfolio is never passed off as complete.
 */
export async function fetchPortfolio(signal?: AbortSignal): Promise<Portfolio> {
  setLoadProgress({ loaded: 0, total: undefined, active: true });
  const started = perfNow();
  try {
    const meta = await fetchMeta(signal);
    const format = pageFormatFor(meta.projectCount);
    const fetchPage = (offset: number) => fetchProjectPage(offset, format, signal);
    const first = await fetchPage(0);
    const total = first.total;
    const pages: unknown[][] = [first.items];
    let loaded = first.items.length;
    setLoadProgress({ loaded, total, active: true });
    const offsets: number[] = [];
    // Step by what the server actually sent, in case it caps pages below our limit.
    const step = Math.max(1, first.items.length);
    for (let offset = step; offset < total; offset += step) offsets.push(offset);
    for (let i = 0; i < offsets.length; i += PARALLEL_PAGES) {
      const batch = await Promise.all(
        offsets.slice(i, i + PARALLEL_PAGES).map(async (offset) => {
          const page = await fetchPage(offset);
          loaded += page.items.length;
          setLoadProgress({ loaded, total, active: true });
          return page.items;
        }),
      );
      pages.push(...batch);
    }
    const items = pages.flat();
    if (items.length < total) {
      throw new ApiError('invalid', `The API announced ${total} projects but sent ${items.length}`);
    }
    perfMeasure('load:fetch', started, { format, records: items.length });
    const parseStarted = perfNow();
    const { projects, rejected } = parseProjectSummaries(items, meta.asOf);
    perfMeasure('load:validate', parseStarted, { records: items.length });
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
