import { COLUMN_PAGE_SIZE } from '@/domain/api/column-page-size';
import { encodeProjectColumns } from '@backend/project-columns-encode';
import type { Queryable } from './db';
import type { PageCache } from './page-cache';
import { readState, readSummaries, type PortfolioState } from './store';

/** The version served before anything was ingested (an empty portfolio). */
export const EMPTY_VERSION = 'empty';

/** A column page's key in the page cache: its offset and its (capped) limit. */
export function columnPageKey(offset: number, limit: number): string {
  return `${offset}:${limit}`;
}

/**
 * A column page's JSON text for the portfolio in `state`, and whether the portfolio's version was
 * still `state`'s once its projects were read (an ingest may commit in between).
 */
export async function columnPageBody(
  db: Queryable,
  state: PortfolioState,
  offset: number,
  limit: number,
): Promise<{ body: string; current: boolean }> {
  const summaries = offset >= state.projectCount ? [] : await readSummaries(db, offset, limit);
  const records = summaries.map((text) => JSON.parse(text) as unknown);
  const page = { total: state.projectCount, offset, limit };
  const body = JSON.stringify({ ...page, format: 'columns', ...encodeProjectColumns(records) });
  const now = await readState(db);
  return { body, current: (now?.version ?? EMPTY_VERSION) === state.version };
}

/**
 * Makes the pages the dashboard asks for (`pageSize` projects from offset 0) into the cache, one
 * at a time with requests answered between them, while `state`'s version is the one served, the
 * next page fits beside the kept ones (as large as the last) and `stopped` is false. Returns how
 * many it made.
 */
export async function warmColumnPages(
  db: Queryable,
  cache: PageCache,
  state: PortfolioState,
  stopped: () => boolean,
  pageSize = COLUMN_PAGE_SIZE,
): Promise<number> {
  let made = 0;
  let last = 0;
  for (let offset = 0; offset < state.projectCount; offset += pageSize) {
    if (stopped() || cache.currentVersion !== state.version) break;
    if (cache.size + last > cache.maxBytes) break;
    const key = columnPageKey(offset, pageSize);
    if (cache.has(state.version, key)) continue;
    const bytes = await cache.page(state.version, key, () =>
      columnPageBody(db, state, offset, pageSize),
    );
    last = bytes.length;
    made++;
    // A request waiting meanwhile is answered before the next page is made.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return made;
}
