import { DEFAULT_API_BASE } from './api-url';
import type { MockApiWorker } from './off-thread';

/*
 * Starts the mock API's Worker (mock-api.worker.ts) and tells it the portfolio to make. Kept
 * apart from MSW (browser.ts) so that the page can start it first thing: the Worker generates the
 * portfolio while MSW's chunk and service worker load.
 */

export interface MockApiStart {
  /** Number of generated projects (default 600). */
  count?: number | undefined;
  /** Generator seed (default 1). */
  seed?: number | undefined;
  /** API base, a path or an absolute URL (default /api). */
  baseUrl?: string | undefined;
}

/** A new mock API Worker, already told its portfolio. */
export function startMockApiWorker(options: MockApiStart = {}): MockApiWorker {
  const worker = new Worker(new URL('./mock-api.worker.ts', import.meta.url), {
    type: 'module',
    name: 'mock-api',
  }) as MockApiWorker;
  worker.postMessage({
    type: 'start',
    ...(options.count === undefined ? {} : { count: options.count }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    baseUrl: options.baseUrl ?? DEFAULT_API_BASE,
  });
  return worker;
}
