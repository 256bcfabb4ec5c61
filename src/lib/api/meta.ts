import { queryOptions } from '@tanstack/react-query';
import { metaSchema } from '@/domain/project';
import { apiUrl, getJson } from './client';
import { portfolioKeys } from './portfolio-keys';

/** GET /meta: the data date, source, currency and project count. */
export function fetchMeta(signal?: AbortSignal) {
  return getJson(apiUrl('/meta'), metaSchema, { signal });
}

export const metaQueryOptions = () =>
  queryOptions({ queryKey: portfolioKeys.meta(), queryFn: ({ signal }) => fetchMeta(signal) });
