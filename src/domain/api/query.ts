import { lastDay } from '@/domain/partial-date';
import type { NewsItem } from '@/domain/project';

/*
 * How the API reads its query parameters and picks what a page holds (DESIGN §4): one module for
 * the mock API and the data service, so that both refuse the same input with the same message.
 */

/** The largest page the list endpoint returns; larger requested limits are capped to it. */
export const MAX_PAGE_SIZE = 5000;
/** The largest page in the column format, which is several times more compact per record. */
export const MAX_COLUMN_PAGE_SIZE = 50_000;

export const PAGE_FORMATS = ['rows', 'columns'] as const;
export type PageFormat = (typeof PAGE_FORMATS)[number];

export const DEFAULT_NEWS_LIMIT = 20;
export const MAX_NEWS_LIMIT = 100;

export type IntParam = { ok: true; value: number } | { ok: false; message: string };
export type Refused = { ok: false; message: string };

/**
 * A whole-number query parameter: the fallback when absent, an error message when it is not a
 * whole number of at least `min` (so "-1", "abc", "2.5" and "" are all refused, not guessed at).
 */
export function readIntParam(
  params: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
): IntParam {
  const raw = params.get(name);
  if (raw === null) return { ok: true, value: fallback };
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min) {
    const expected = min > 0 ? 'a positive whole number' : 'a whole number, 0 or more';
    const shown = raw.length > 40 ? `${raw.slice(0, 37)}…` : raw;
    return { ok: false, message: `${name} must be ${expected}; got "${shown}"` };
  }
  return { ok: true, value };
}

/** Comma-separated values of a query parameter, empty when absent. */
export function readListParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

export interface ProjectPageQuery {
  ok: true;
  offset: number;
  /** The limit after capping to the format's largest page. */
  limit: number;
  format: PageFormat;
}

/** GET /projects?offset=&limit=&format=: the page asked for, or why it is refused. */
export function readProjectPageQuery(params: URLSearchParams): ProjectPageQuery | Refused {
  const offset = readIntParam(params, 'offset', 0, 0);
  if (!offset.ok) return offset;
  const format = params.get('format') ?? 'rows';
  if (!(PAGE_FORMATS as readonly string[]).includes(format)) {
    const shown = format.length > 40 ? `${format.slice(0, 37)}…` : format;
    return { ok: false, message: `format must be ${PAGE_FORMATS.join(' or ')}; got "${shown}"` };
  }
  const maxSize = format === 'columns' ? MAX_COLUMN_PAGE_SIZE : MAX_PAGE_SIZE;
  const limit = readIntParam(params, 'limit', maxSize, 1);
  if (!limit.ok) return limit;
  return {
    ok: true,
    offset: offset.value,
    limit: Math.min(limit.value, maxSize),
    format: format as PageFormat,
  };
}

export interface NewsQuery {
  ok: true;
  limit: number;
  /** Upper-case country codes; empty means any. */
  countries: string[];
  /** Project ids; empty means any. */
  projects: string[];
}

/** GET /news?country=&project=&limit=: the selection asked for, or why it is refused. */
export function readNewsQuery(params: URLSearchParams): NewsQuery | Refused {
  const limit = readIntParam(params, 'limit', DEFAULT_NEWS_LIMIT, 1);
  if (!limit.ok) return limit;
  return {
    ok: true,
    limit: Math.min(limit.value, MAX_NEWS_LIMIT),
    countries: readListParam(params, 'country').map((c) => c.toUpperCase()),
    projects: readListParam(params, 'project'),
  };
}

function newestFirst(a: NewsItem, b: NewsItem): number {
  return lastDay(b.date) - lastDay(a.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The news a query selects, newest first. Like the app's URL filters, values within a parameter
 * are OR-ed (`country=CN,VN`) and parameters are AND-ed.
 */
export function selectNews(news: readonly NewsItem[], query: NewsQuery): NewsItem[] {
  const { countries, projects } = query;
  return news
    .filter(
      (item) =>
        (countries.length === 0 || item.countries.some((c) => countries.includes(c))) &&
        (projects.length === 0 || item.projectIds.some((id) => projects.includes(id))),
    )
    .sort(newestFirst)
    .slice(0, query.limit);
}

/** A record as the list endpoint shows it: every field but the description. */
export function toSummary(record: unknown): unknown {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  const { description: _description, ...summary } = record as Record<string, unknown>;
  return summary;
}
