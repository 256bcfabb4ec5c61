import { sendApiRequestsWith } from '@/lib/api/client';
import { answerWorkersFrom, fetchOver } from '@/lib/api/port-fetch';
import type { MockApiWorker } from './off-thread';

/*
 * The page's side of the mock API's Worker (started by start-worker.ts), kept apart from MSW
 * (browser.ts): on the happy path (no scenario) the app's requests and the engine Worker's go to
 * it over ports, and wait for nothing else.
 */

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
