import { sendApiRequestsWith } from '@/lib/api/client';
import { answerWorkersFrom, fetchOver } from '@/lib/api/port-fetch';
import { DEFAULT_API_BASE } from './api-url';
import { perfMarksEnabled } from '@/lib/perf/perf-marks';
import { recordMockMeasures } from './mock-measures';
import type { MockApiWorker } from './off-thread';

/*
 * Starts the mock API's Worker (mock-api.worker.ts) and tells it the portfolio to make. Kept
 * apart from MSW (browser.ts) so that the page can start it first thing: the Worker generates the
 * portfolio while the app loads. On the happy path (no scenario) the app's requests and the
 * engine Worker's go to it over ports, and wait for nothing else.
 */

export interface MockApiStart {
  /** Number of generated projects (default 600). */
  count?: number | undefined;
  /** Generator seed (default 1). */
  seed?: number | undefined;
  /** API base, a path or an absolute URL (default /api). */
  baseUrl?: string | undefined;
}

/** Where MSW's service worker script is served (`npx msw init public`). */
export const SERVICE_WORKER_URL = '/mockServiceWorker.js';

/**
 * Registers MSW's service worker without loading MSW (src/app/msw-start.ts): rejects where
 * service workers cannot run (a private window, plain http).
 */
export async function registerMockServiceWorker(url = SERVICE_WORKER_URL): Promise<void> {
  if (!('serviceWorker' in navigator))
    throw new Error('Service workers are not available in this browser window.');
  await navigator.serviceWorker.register(url);
}

/** A new mock API Worker, already told its portfolio. */
export function startMockApiWorker(options: MockApiStart = {}): MockApiWorker {
  const worker = new Worker(new URL('./mock-api.worker.ts', import.meta.url), {
    type: 'module',
    name: 'mock-api',
  }) as MockApiWorker;
  const marks = perfMarksEnabled();
  // The benchmark's: the Worker's timings are recorded on the page's timeline as they come.
  if (marks)
    (worker as unknown as Worker).addEventListener('message', (event: MessageEvent) =>
      recordMockMeasures(event.data),
    );
  worker.postMessage({
    type: 'start',
    ...(options.count === undefined ? {} : { count: options.count }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    baseUrl: options.baseUrl ?? DEFAULT_API_BASE,
    ...(marks ? { marks } : {}),
  });
  return worker;
}

/**
 * A new port to the mock API's Worker: requests sent through it (src/lib/api/port-fetch.ts) are
 * answered on it, Worker to Worker when the other end is a Worker.
 */
export function mockApiPort(worker: MockApiWorker): MessagePort {
  const channel = new MessageChannel();
  worker.postMessage({ type: 'connect', port: channel.port1 }, [channel.port1]);
  return channel.port2;
}

/**
 * The happy path: the app's API requests and the engine Worker's go straight to the mock API's
 * Worker, each over a port of its own — not through MSW's service worker, which the app then
 * does not wait for. A scenario's handlers run on the page in MSW, so under a scenario requests
 * keep going through the service worker (`scenario` set: nothing is changed).
 */
export function answerFromMockApiWorker(worker: MockApiWorker, scenario: string | undefined): void {
  if (scenario) return;
  sendApiRequestsWith(fetchOver(mockApiPort(worker), { values: true }));
  answerWorkersFrom(() => mockApiPort(worker));
}
