import { projectPageSchema } from '@/domain/project';
import { anyPageSchema, recordsOfPage } from '@/domain/project-pages';
import type { EngineFeed, PageRead } from '@/lib/engine-feed';
import { apiUrl, ApiError, getJson } from './client';
import { retryDelay } from './retry';

/** Projects per request in the row format; the contract caps a row page at 5000. */
export const ROW_PAGE_SIZE = 5000;
/**
 * Projects per request in the column format (the contract caps a column page at 50,000): small
 * enough that the first page is read while the server (or the demo build's mock API, generating
 * as it serves) is still making the next ones, and a 100,000-project load is ten pages, not two.
 */
export const COLUMN_PAGE_SIZE = 10_000;
/**
 * Portfolios larger than this load in the column format: about a third of the bytes and far
 * fewer requests, where the row format's per-record keys would dominate the transfer.
 */
export const COLUMNS_THRESHOLD = 20_000;
const PAGE_RETRIES = 2;

export type PageFormat = 'rows' | 'columns';

/** The wire format for a portfolio of this many projects. */
export function pageFormatFor(projectCount: number): PageFormat {
  return projectCount > COLUMNS_THRESHOLD ? 'columns' : 'rows';
}

/** One page of the list as records (still unvalidated one by one) and the announced total. */
export interface RecordsPage {
  total: number;
  items: unknown[];
}

async function fetchOnce(
  offset: number,
  format: PageFormat,
  signal: AbortSignal | undefined,
): Promise<RecordsPage> {
  if (format === 'rows') {
    const page = await getJson(
      apiUrl('/projects', { offset, limit: ROW_PAGE_SIZE }),
      projectPageSchema,
      { signal },
    );
    return { total: page.total, items: page.items };
  }
  const url = apiUrl('/projects', { format: 'columns', offset, limit: COLUMN_PAGE_SIZE });
  const data = await getJson(url, anyPageSchema, { signal });
  const records = recordsOfPage(data);
  if (!records.ok)
    throw new ApiError(
      'invalid',
      `The response from ${url} does not match the API contract: ${records.message}`,
    );
  return { total: records.total, items: records.items };
}

/** `load`, retried with backoff on transient failures. */
async function withRetries<T>(load: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (!(error instanceof ApiError) || !error.retryable || attempt >= PAGE_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelay(attempt)));
    }
  }
}

/** One page of the project list in the given format, retried with backoff on transient failures. */
export function fetchProjectPage(
  offset: number,
  format: PageFormat,
  signal: AbortSignal | undefined,
): Promise<RecordsPage> {
  return withRetries(() => fetchOnce(offset, format, signal));
}

/** A column page's URL, absolute: a Worker resolves it as the page would. */
export function columnPageUrl(offset: number): string {
  const url = apiUrl('/projects', { format: 'columns', offset, limit: COLUMN_PAGE_SIZE });
  return typeof location === 'undefined' ? url : new URL(url, location.href).href;
}

/** Rejects with the signal's reason once it aborts. */
function abortion(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (signal?.aborted) reject(signal.reason as Error);
    signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  });
}

/**
 * One column page fetched and read by the engine's Worker itself (retried as fetchProjectPage
 * is): its bytes never reach this thread. `index` is the page's place in the list, 0 first.
 */
export function fetchColumnPageInto(
  feed: EngineFeed,
  index: number,
  offset: number,
  signal: AbortSignal | undefined,
): Promise<PageRead> {
  const url = columnPageUrl(offset);
  return withRetries(() => Promise.race([feed.fetchPage(index, url), abortion(signal)]));
}
