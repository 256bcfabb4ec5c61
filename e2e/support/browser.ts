import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { devices, type PlaywrightTestConfig } from '@playwright/test';

/** The builds the browser suites serve (scripts/test-builds.json), with their VITE_* settings. */
const builds = JSON.parse(
  readFileSync(new URL('../../scripts/test-builds.json', import.meta.url), 'utf8'),
) as Record<'e2e' | 'smoke', { outDir: string; settings: Record<string, string> }>;

/** The demo build's API time-out (VITE_API_TIMEOUT_MS of the e2e build). */
export const E2E_API_TIMEOUT_MS = Number(builds.e2e.settings.VITE_API_TIMEOUT_MS);

/**
 * Every time budget of the browser suites, in one place. They are sized for this project's
 * 2-core machine shared with another CPU-heavy process (about three times slower than when it is
 * quiet), so a test fails because the app is wrong, never because the machine is busy; a hang
 * still ends. A test names the budget it needs; none sets a number of its own.
 */
export const BUDGET = {
  /** One test, all its steps (playwright.config.ts). */
  test: 90_000,
  /** One expectation's wait: toBeVisible, toHaveText, toHaveURL … (playwright.config.ts). */
  expect: 15_000,
  /** A test that walks through many screens or scroll positions, or a long keyboard path. */
  longTest: 240_000,
  /** A test on the 100,000-project portfolio: made, loaded and drawn with the CPU busy. */
  largePortfolioTest: 300_000,
  /** The 100,000-project portfolio's first table, from the page's load. */
  largePortfolioLoad: 180_000,
  /** A request the mock holds back longer than the API time-out: the time-out's message shows. */
  requestTimeout: E2E_API_TIMEOUT_MS + 30_000,
} as const;

/**
 * Browser features the suites turn off: since Chromium 156 every new window (each test's browser
 * context) loads the address bar's WebUI popups (chrome://omnibox-popup.top-chrome/ and its AI-mode
 * page) in a renderer of their own, about 1.5 s of CPU per test on this machine, a third of a cold
 * load of the dashboard. No test uses the browser's address bar; the page under test is the same.
 */
const OFF_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * `--disable-features` with Playwright's own list and ours. Playwright passes its list (features
 * that make automation reliable) and Chromium keeps only the last `--disable-features` it is
 * given, so ours must repeat Playwright's: it is read from the installed playwright-core. Should
 * that fail (a Playwright version that keeps it elsewhere), no flag is added and Playwright's
 * list stands alone: the suites stay as reliable, only slower.
 */
function disableFeaturesArg(): string[] {
  try {
    const require = createRequire(import.meta.url);
    const bundle = readFileSync(require.resolve('playwright-core/lib/coreBundle'), 'utf8');
    const list = /\bdisabledFeatures = \[([^\]]*)\]/.exec(bundle)?.[1];
    const theirs = [...(list ?? '').replace(/\/\/.*$/gm, '').matchAll(/"([A-Za-z0-9]+)"/g)].map(
      (m) => m[1]!,
    );
    return theirs.length === 0
      ? []
      : [`--disable-features=${[...theirs, ...OFF_FEATURES].join(',')}`];
  } catch {
    return [];
  }
}

/**
 * How every browser suite drives Chromium: a desktop page at 1366 × 900 on the given port, in the
 * Chromium at CHROMIUM_PATH, with the flags a sandboxed machine with no network needs. A trace is
 * recorded only when a failed test is tried again (CI retries once): recording one for every test
 * costs a third of the suite's CPU. `--trace on` records one for a run by hand.
 */
export function chromiumUse(port: number): PlaywrightTestConfig['use'] {
  return {
    baseURL: `http://localhost:${port}`,
    trace: 'on-first-retry',
    ...devices['Desktop Chrome'],
    viewport: { width: 1366, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        ...disableFeaturesArg(),
      ],
    },
  };
}
