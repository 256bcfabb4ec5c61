import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { apiUrl } from './api-url';
import { withHostileRecords } from './data/hostile-records';
import { withInvalidRecords } from './data/invalid-records';
import { getMockPortfolio, portfolioOf, type MockPortfolio } from './data/portfolio';
import { createHandlers } from './handlers';
import { apiError } from './handlers/respond';

/*
 * Error and edge states of the API. Each helper returns handlers to put in front of the happy
 * path: `server.use(...mockMetaError())` in a test, or by name (`?mock=meta-error`) in the browser.
 */

/** The project list and project pages answer 500 with a JSON error body. */
export function mockProjectsServerError(): HttpHandler[] {
  const fail = () =>
    apiError(500, 'server_error', 'The project service failed. Please try again later.');
  return [http.get(apiUrl('/projects'), fail), http.get(apiUrl('/projects/:id'), fail)];
}

/** The project list answers 200 with a JSON body cut off half-way. */
export function mockProjectsMalformedJson(): HttpHandler[] {
  return [
    http.get(
      apiUrl('/projects'),
      () =>
        new HttpResponse('{"total": 600, "offset": 0, "limit": 5000, "items": [{"id": "RR.00', {
          headers: { 'Content-Type': 'application/json' },
        }),
    ),
  ];
}

/** Every API response waits `ms` milliseconds (default 3 s) and then answers as usual. */
export function mockSlowApi(ms = 3000): HttpHandler[] {
  // Returning nothing hands the request on to the next handler: the happy path.
  return [
    http.all(apiUrl('/*'), async () => {
      await delay(ms);
    }),
  ];
}

/** A portfolio with no projects and no news. */
export function mockEmptyPortfolio(): HttpHandler[] {
  const empty = portfolioOf([]);
  return createHandlers(() => empty);
}

/** A large generated portfolio (default 100,000 projects), made on the first request. */
export function mockHugePortfolio(count = 100_000, seed = 1): HttpHandler[] {
  let huge: MockPortfolio | undefined;
  return createHandlers(() => (huge ??= generatePortfolio({ count, seed })));
}

/** The usual portfolio plus seven records the client must reject, one per kind of error. */
export function mockInvalidRecords(): HttpHandler[] {
  return createHandlers(() => withInvalidRecords(getMockPortfolio()));
}

/** The usual portfolio plus five valid projects whose titles start with = + - @ or hold an HTML tag. */
export function mockHostileRecords(): HttpHandler[] {
  return createHandlers(() => withHostileRecords(getMockPortfolio()));
}

/** The first project-list request answers 503; the ones after it succeed. */
export function mockFlakyProjects(): HttpHandler[] {
  return [
    http.get(
      apiUrl('/projects'),
      () => apiError(503, 'unavailable', 'The service is briefly unavailable. Please try again.'),
      { once: true },
    ),
  ];
}

/** The project list answers 503 to its first `failures` requests (default 3), then recovers. */
export function mockProjectsOutage(failures = 3): HttpHandler[] {
  let left = failures;
  return [
    http.get(apiUrl('/projects'), () => {
      if (left <= 0) return undefined;
      left -= 1;
      return apiError(503, 'unavailable', 'The project service is down for maintenance.');
    }),
  ];
}

/** The project list fails at the network level: fetch rejects with a TypeError. */
export function mockProjectsNetworkError(): HttpHandler[] {
  return [http.get(apiUrl('/projects'), () => HttpResponse.error())];
}

/** GET /meta answers 500 with a JSON error body. */
export function mockMetaError(): HttpHandler[] {
  return [
    http.get(apiUrl('/meta'), () =>
      apiError(500, 'server_error', 'The dataset description could not be loaded.'),
    ),
  ];
}

const SCENARIOS = {
  'server-error': mockProjectsServerError,
  'malformed-json': mockProjectsMalformedJson,
  slow: () => mockSlowApi(),
  empty: mockEmptyPortfolio,
  huge: () => mockHugePortfolio(),
  'invalid-records': mockInvalidRecords,
  'hostile-records': mockHostileRecords,
  flaky: mockFlakyProjects,
  outage: () => mockProjectsOutage(),
  'network-error': mockProjectsNetworkError,
  'meta-error': mockMetaError,
} satisfies Record<string, () => HttpHandler[]>;

export type ScenarioName = keyof typeof SCENARIOS;

/** The scenario names `?mock=` accepts; `slow-<ms>` (e.g. `slow-1500`) sets the delay too. */
export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];

/** The handlers of a scenario by name, or undefined for a name that is not one. */
export function scenarioHandlers(name: string): HttpHandler[] | undefined {
  const slow = /^slow-(\d{1,6})$/.exec(name);
  if (slow) return mockSlowApi(Number(slow[1]));
  return Object.hasOwn(SCENARIOS, name) ? SCENARIOS[name as ScenarioName]() : undefined;
}
