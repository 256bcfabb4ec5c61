import { http, HttpResponse, type HttpHandler } from 'msw';
import { lastDay } from '@/domain/partial-date';
import type { NewsItem } from '@/domain/project';
import { apiUrl } from '../api-url';
import type { PortfolioSource } from '../data/portfolio';
import { apiError, readIntParam, readListParam } from './respond';

export const DEFAULT_NEWS_LIMIT = 20;
export const MAX_NEWS_LIMIT = 100;

function newestFirst(a: NewsItem, b: NewsItem): number {
  return lastDay(b.date) - lastDay(a.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * GET /news?country=CN&project=RR.0083&limit=5 → { items }, newest first. Like the app's URL
 * filters, values within a parameter are OR-ed (`country=CN,VN`) and parameters are AND-ed.
 */
export function createNewsHandlers(source: PortfolioSource): HttpHandler[] {
  return [
    http.get(apiUrl('/news'), ({ request }) => {
      const params = new URL(request.url).searchParams;
      const limit = readIntParam(params, 'limit', DEFAULT_NEWS_LIMIT, 1);
      if (!limit.ok) return apiError(400, 'bad_request', limit.message);
      const countries = readListParam(params, 'country').map((c) => c.toUpperCase());
      const projects = readListParam(params, 'project');
      const items = source()
        .news.filter(
          (item) =>
            (countries.length === 0 || item.countries.some((c) => countries.includes(c))) &&
            (projects.length === 0 || item.projectIds.some((id) => projects.includes(id))),
        )
        .sort(newestFirst)
        .slice(0, Math.min(limit.value, MAX_NEWS_LIMIT));
      return HttpResponse.json({ items });
    }),
  ];
}
