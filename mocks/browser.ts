import type { HttpHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { mockApiBase, setMockApiBase } from './api-url';
import { createMockApiClient, forwardingHandlers, type MockApiWorker } from './off-thread';
import { SERVICE_WORKER_URL } from './start';
import { startMockApiWorker } from './start-worker';

export interface MockWorkerOptions {
  /** A scenario name from SCENARIO_NAMES (or `slow-<ms>`), e.g. read from `?mock=`. */
  scenario?: string;
  /** Number of generated projects (default 600). */
  count?: number;
  /** Generator seed (default 1). */
  seed?: number;
  /** API base, a path or an absolute URL (default /api). */
  baseUrl?: string;
  /** Where the worker script is served (default SERVICE_WORKER_URL). */
  serviceWorkerUrl?: string;
  /**
   * The mock API's Worker, when the caller started it already (startMockApiWorker, with the same
   * count, seed and base), so that it generates the portfolio while this module and MSW load.
   */
  worker?: MockApiWorker;
}

function wholeNumber(name: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (Number.isSafeInteger(value) && value >= 0) return value;
  console.warn(`[mocks] ignoring ${name} = ${value}: expected a whole number`);
  return undefined;
}

/** The scenario's handlers: its module (and the page's copy of the data) loads only for one. */
async function handlersFor(scenario: string | undefined): Promise<HttpHandler[]> {
  if (!scenario) return [];
  const { SCENARIO_NAMES, scenarioHandlers } = await import('./scenarios');
  const found = scenarioHandlers(scenario);
  if (!found)
    console.warn(
      `[mocks] unknown scenario "${scenario}"; known: ${SCENARIO_NAMES.join(', ')}, slow-<ms>`,
    );
  return found ?? [];
}

/**
 * MSW asks an existing registration to update without waiting for the answer; after quick
 * reloads the browser rejects that request (the registration is being replaced), which surfaced
 * as an uncaught error. The rejection is harmless: it is caught here, once per page.
 */
export function catchRegistrationUpdateRace(
  proto: { update: () => Promise<unknown> } | undefined = globalThis.ServiceWorkerRegistration
    ?.prototype,
): void {
  if (!proto || (proto.update as { caught?: boolean }).caught) return;
  const update = proto.update;
  const caught = function (this: unknown) {
    const pending = update.call(this);
    pending.catch(() => undefined);
    return pending;
  };
  proto.update = Object.assign(caught, { caught: true });
}

/**
 * Starts the mock API in the browser: the generated portfolio of `count` projects from `seed`,
 * with the named scenario's handlers in front of the happy path. The happy path runs in a Worker
 * of its own (see off-thread.ts): the page's main thread never generates the portfolio nor
 * serialises its pages. Requests it does not handle go to the network untouched, and it logs
 * nothing per request.
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<SetupWorker> {
  if (options.baseUrl) setMockApiBase(options.baseUrl);
  const count = wholeNumber('count', options.count);
  const seed = wholeNumber('seed', options.seed);
  // The page's own copy is made only for a scenario that serves it (e.g. invalid-records).
  if (options.scenario && (count !== undefined || seed !== undefined)) {
    const { configureMockPortfolio } = await import('./data/portfolio');
    configureMockPortfolio({
      ...(count === undefined ? {} : { count }),
      ...(seed === undefined ? {} : { seed }),
    });
  }
  // Generating starts now (or started already), in the Worker, while the page loads the app.
  const mockApi = options.worker ?? startMockApiWorker({ count, seed, baseUrl: mockApiBase() });
  const client = createMockApiClient(mockApi);
  catchRegistrationUpdateRace();
  const worker = setupWorker(
    ...(await handlersFor(options.scenario)),
    ...forwardingHandlers(client),
  );
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: options.serviceWorkerUrl ?? SERVICE_WORKER_URL },
  });
  return worker;
}
