import { queryOptions, useQuery } from '@tanstack/react-query';
import { projectSchema } from '@/domain/project';
import { ApiError, apiUrl, getJson } from '@/lib/api/client';
import { projectKeys } from './keys';

/** GET /projects/{id}: the full project with its description. */
export function fetchProject(id: string, signal?: AbortSignal) {
  return getJson(apiUrl(`/projects/${encodeURIComponent(id)}`), projectSchema, { signal });
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
