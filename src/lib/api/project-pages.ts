import { z } from 'zod';
import { COLUMN_PAGE_SIZE } from '@/domain/api/column-page-size';
import { parseAnyPage, readPage, type AnyPage } from '@/domain/project-pages';
import type { EngineFeed, PageRead } from '@/lib/engine-feed';
import { apiUrl, ApiError, getJson } from './client';
import { retryDelay } from './retry';

export { COLUMN_PAGE_SIZE };
const PAGE_RETRIES = 2;

/** One page of the list, checked (its records still unvalidated), and the announced total. */
export interface ListPage {
  total: number;
  /** Records in the page. */
  count: number;
  page: AnyPage;
}

async function fetchOnce(offset: number, signal: AbortSignal | undefined): Promise<ListPage> {
  const url = apiUrl('/projects', { format: 'columns', offset, limit: COLUMN_PAGE_SIZE });
  // Checked as anyPageSchema checks it, its long lists of numbers by hand and, when the demo's
  // mock API sent them as typed arrays, read as they came (parseAnyPage).
  const parsed = parseAnyPage(await getJson(url, z.unknown(), { signal, typedLists: true }));
  const read = parsed.success
    ? readPage(parsed.data)
    : { ok: false as const, message: parsed.error.issues[0]?.message ?? '' };
  if (!read.ok || !parsed.success)
    throw new ApiError(
      'invalid',
      `The response from ${url} does not match the API contract: ${read.ok ? '' : read.message}`,
    );
  return { total: read.total, count: read.records, page: parsed.data };
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

/** One page of the project list, retried with backoff on transient failures. */
export function fetchProjectPage(
  offset: number,
  signal: AbortSignal | undefined,
): Promise<ListPage> {
  return withRetries(() => fetchOnce(offset, signal));
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
