import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { parseProject } from '@/domain/parse-record';
import { describeReason } from '@/domain/reasons';
import { ApiError, apiUrl, getJson } from '@/lib/api/client';
import { projectKeys } from './keys';

/**
 * A project record read by the same lenient parser as the list ("Achevé", "200000.00"), so
 * every project the table shows opens on its page.
 */
const projectRecordSchema = z.unknown().transform((input, ctx) => {
  const result = parseProject(input);
  if (result.ok) return result.value;
  ctx.addIssue({
    code: 'custom',
    message: result.reasons.map((r) => describeReason(r)).join('; '),
  });
  return z.NEVER;
});

/** GET /projects/{id}: the full project with its description. */
export function fetchProject(id: string, signal?: AbortSignal) {
  return getJson(apiUrl(`/projects/${encodeURIComponent(id)}`), projectRecordSchema, { signal });
}

export const projectQueryOptions = (id: string) =>
  queryOptions({
    queryKey: projectKeys.detail(id),
    queryFn: ({ signal }) => fetchProject(id, signal),
  });

/** True when the API said there is no such project: a state of the page, not a failure. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.kind === 'http' && error.status === 404;
}

/** The project from the API; `enabled: false` when the page has it from elsewhere. */
export function useProjectQuery(id: string, enabled = true) {
  return useQuery({ ...projectQueryOptions(id), enabled });
}
