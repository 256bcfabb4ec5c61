import { MOCK_PARAMS } from '@/domain/mock-params';

/** The largest generated portfolio the mock API makes: what `npm run bench` measures at most. */
export const MAX_MOCK_COUNT = 1_000_000;

/** How the app was built, as far as the mock API is concerned. */
export interface MockBuild {
  /** `vite` in development (import.meta.env.DEV). */
  dev: boolean;
  /** The demo build: a production build made with VITE_DEMO_BUILD=on (the Playwright suite, the benchmark). */
  demo: boolean;
  /** A real API is configured (VITE_API_BASE_URL), or VITE_MOCKS=off. */
  mocksOff: boolean;
}

/** What the mock API starts with; `undefined` when it does not run at all. */
export interface MockSettings {
  scenario: string | undefined;
  count: number | undefined;
  seed: number | undefined;
}

/**
 * The mock API runs in development and in the demo build, never in another production build
 * (which talks to the real API at VITE_API_BASE_URL, default /api). Only those two builds read
 * `?mock=` and `?mockCount=` from the address, so a link cannot make a production build show an
 * invented outage or invented data. The size is capped at MAX_MOCK_COUNT.
 */
export function mockSettings(
  build: MockBuild,
  search: string,
  env: { count?: string | undefined; seed?: string | undefined } = {},
): MockSettings | undefined {
  if (build.mocksOff || !(build.dev || build.demo)) return undefined;
  const params = new URLSearchParams(search);
  return {
    scenario: params.get('mock') ?? undefined,
    count: mockCount(params.get('mockCount') ?? env.count),
    seed: wholeNumber(env.seed),
  };
}

function wholeNumber(text: string | undefined | null): number | undefined {
  if (text == null || !/^\d{1,16}$/.test(text.trim())) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

function mockCount(text: string | undefined | null): number | undefined {
  const value = wholeNumber(text);
  return value === undefined || value === 0 ? undefined : Math.min(value, MAX_MOCK_COUNT);
}

/** This build's flags, from Vite's environment. */
export const MOCK_BUILD: MockBuild = {
  dev: import.meta.env.DEV,
  demo: import.meta.env.VITE_DEMO_BUILD === 'on',
  mocksOff: Boolean(import.meta.env.VITE_API_BASE_URL) || import.meta.env.VITE_MOCKS === 'off',
};

/** The parameters the address may carry besides the view state: the mock ones where they are read. */
export const RESERVED_PARAMS: ReadonlySet<string> =
  mockSettings(MOCK_BUILD, '') === undefined ? new Set() : MOCK_PARAMS;
