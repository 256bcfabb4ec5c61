/** Where the mock API lives unless told otherwise (DESIGN §4: VITE_API_BASE_URL, default /api). */
export const DEFAULT_API_BASE = '/api';

let apiBase = DEFAULT_API_BASE;

/**
 * Sets the base every handler created afterwards listens on: a path (`/api`) or an absolute URL
 * (`https://example.org/v1`). Handlers already created keep the base they were made with.
 */
export function setMockApiBase(base: string): void {
  apiBase = base.replace(/\/+$/, '') || DEFAULT_API_BASE;
}

/** The base handlers are currently created with. */
export function mockApiBase(): string {
  return apiBase;
}

/** The URL pattern of an endpoint, e.g. apiUrl('/projects/:id') → '/api/projects/:id'. */
export function apiUrl(path: string): string {
  return `${apiBase}${path}`;
}
