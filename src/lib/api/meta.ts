import { metaSchema } from '@/domain/project';
import { apiUrl, getJson } from './client';

/** GET /meta: the data date, source, currency and project count. */
export function fetchMeta(signal?: AbortSignal) {
  return getJson(apiUrl('/meta'), metaSchema, { signal });
}
