import { queryOptions } from '@tanstack/react-query';
import { parseProjectSummaries, type RejectedRecord } from '@/domain/parse-record';
import { projectPageSchema, type Meta, type ProjectSummary } from '@/domain/project';
import { apiUrl, ApiError, getJson } from './client';
import { fetchMeta } from './meta';
import { portfolioKeys } from './portfolio-keys';
import { retryDelay } from './query-client';
import { setLoadProgress } from './load-progress';

/** Projects per request; the contract caps a page at 5000. */
export const PAGE_SIZE = 5000;
/** Pages requested at once after the first. */
const PARALLEL_PAGES = 4;
const PAGE_RETRIES = 2;

/** The whole portfolio as the client holds it: valid projects, rejected records and the meta. */
export interface Portfolio {
  meta: Meta;
  projects: ProjectSummary[];
  rejected: RejectedRecord[];
  /** Records the API announced; equals projects + rejected once everything has loaded. */
  total: number;
}

async function fetchPage(offset: number, signal: AbortSignal | undefined) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await getJson(apiUrl('/projects', { offset, limit: PAGE_SIZE }), projectPageSchema, { signal });
    } catch (error) {
      if (!(error instanceof ApiError) || !error.retryable || attempt >= PAGE_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelay(attempt)));
    }
  }
}

/**
 * Loads every page of the project list — the first, then the rest in parallel — reporting
 * progress, and validates each record. A page that still fails after its retries fails the
 * whole load: a partly loaded portfolio is never passed off as complete.
 */
export async function fetchPortfolio(signal?: AbortSignal): Promise<Portfolio> {
  setLoadProgress({ loaded: 0, total: undefined, active: true });
  try {
    const [meta, first] = await Promise.all([fetchMeta(signal), fetchPage(0, signal)]);
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
          const page = await fetchPage(offset, signal);
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
    const { projects, rejected } = parseProjectSummaries(items, meta.asOf);
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
