import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetMockPortfolio } from './data/portfolio';
import { server } from './node';

/** Runs the mock API around a test file; each test starts from the happy path and default data. */
export function setupMockServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    resetMockPortfolio();
  });
  afterAll(() => server.close());
}

/** GETs a path relative to the page, as the app does, and reads the JSON body. */
export async function getJson(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(path);
  return { status: response.status, body: await response.json() };
}
