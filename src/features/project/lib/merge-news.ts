import { lastDay } from '@/domain/partial-date';
import type { NewsItem } from '@/domain/project';

/** Newest first by the last day the date covers; ties by id, so the order is stable. */
export function compareNewestFirst(a: NewsItem, b: NewsItem): number {
  return lastDay(b.date) - lastDay(a.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Several lists of news as one: each item once (by id), newest first, at most `limit`. */
export function mergeNews(lists: readonly (readonly NewsItem[])[], limit: number): NewsItem[] {
  const byId = new Map<string, NewsItem>();
  for (const list of lists) {
    for (const item of list) if (!byId.has(item.id)) byId.set(item.id, item);
  }
  return [...byId.values()].sort(compareNewestFirst).slice(0, limit);
}
