import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { newsItemSchema, type NewsItem } from '@/domain/project';
import { apiUrl, getJson } from '@/lib/api/client';
import { mergeNews } from '../lib/merge-news';
import { newsKeys, type NewsParams } from './keys';

/** How many news items the project page shows. */
export const RELATED_NEWS_LIMIT = 5;

/** The news list with its items still unchecked: each is validated on its own. */
const looseNewsListSchema = z.object({ items: z.array(z.unknown()) });

/** News items that passed validation, and the ids (or positions) of those that did not. */
export interface NewsList {
  items: NewsItem[];
  invalid: string[];
}

/**
 * GET /news?country=..&project=..&limit=..: news items, newest first. One item outside the
 * contract does not hide the others: it is left out and named.
 */
export async function fetchNews(params: NewsParams, signal?: AbortSignal): Promise<NewsList> {
  const url = apiUrl('/news', {
    country: params.countries?.join(','),
    project: params.project,
    limit: params.limit,
  });
  const list: NewsList = { items: [], invalid: [] };
  (await getJson(url, looseNewsListSchema, { signal })).items.forEach((raw, index) => {
    const item = newsItemSchema.safeParse(raw);
    if (item.success) list.items.push(item.data);
    else {
      const id = (raw as { id?: unknown } | null)?.id;
      list.invalid.push(typeof id === 'string' && id !== '' ? id : `#${index + 1}`);
    }
  });
  return list;
}

/**
 * The news of a project page. The API AND-s `country` and `project`, so one request would
 * only find items linked to both; instead the news linked to the project and the news about
 * any of its benefiting states are fetched apart, merged without repeats, newest first.
 */
export async function fetchRelatedNews(
  id: string,
  countries: readonly string[],
  signal?: AbortSignal,
): Promise<NewsList> {
  const [byProject, byCountry] = await Promise.all([
    fetchNews({ project: id, limit: RELATED_NEWS_LIMIT }, signal),
    countries.length > 0
      ? fetchNews({ countries, limit: RELATED_NEWS_LIMIT }, signal)
      : Promise.resolve({ items: [], invalid: [] }),
  ]);
  return {
    items: mergeNews([byProject.items, byCountry.items], RELATED_NEWS_LIMIT),
    invalid: [...new Set([...byProject.invalid, ...byCountry.invalid])],
  };
}

export const relatedNewsQueryOptions = (id: string, countries: readonly string[]) =>
  queryOptions({
    queryKey: newsKeys.related(id, countries),
    queryFn: ({ signal }) => fetchRelatedNews(id, countries, signal),
  });
