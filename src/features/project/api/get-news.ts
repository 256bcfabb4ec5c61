import { queryOptions } from '@tanstack/react-query';
import { newsListSchema, type NewsItem } from '@/domain/project';
import { apiUrl, getJson } from '@/lib/api/client';
import { mergeNews } from '../lib/merge-news';
import { newsKeys, type NewsParams } from './keys';

/** How many news items the project page shows. */
export const RELATED_NEWS_LIMIT = 5;

/** GET /news?country=..&project=..&limit=..: news items, newest first. */
export async function fetchNews(params: NewsParams, signal?: AbortSignal): Promise<NewsItem[]> {
  const url = apiUrl('/news', {
    country: params.countries?.join(','),
    project: params.project,
    limit: params.limit,
  });
  return (await getJson(url, newsListSchema, { signal })).items;
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
): Promise<NewsItem[]> {
  const [byProject, byCountry] = await Promise.all([
    fetchNews({ project: id, limit: RELATED_NEWS_LIMIT }, signal),
    countries.length > 0
      ? fetchNews({ countries, limit: RELATED_NEWS_LIMIT }, signal)
      : Promise.resolve([]),
  ]);
  return mergeNews([byProject, byCountry], RELATED_NEWS_LIMIT);
}

export const relatedNewsQueryOptions = (id: string, countries: readonly string[]) =>
  queryOptions({
    queryKey: newsKeys.related(id, countries),
    queryFn: ({ signal }) => fetchRelatedNews(id, countries, signal),
  });
