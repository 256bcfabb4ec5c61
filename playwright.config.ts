import { defineConfig } from '@playwright/test';
import { chromiumUse } from './e2e/support/browser';

const PORT = Number(process.env.E2E_PORT ?? 4310);

/**
 * The suite runs against the demo build (a production build made with VITE_DEMO_BUILD=on, which
 * carries the mock API and reads `?mock=` scenarios) served by `vite preview`. Chromium comes from
 * CHROMIUM_PATH (scripts/run-playwright.mjs finds one).
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: chromiumUse(PORT),
  webServer: {
    // A request time-out shorter than the default, so the time-out scenario is quick to test, and
    // long enough for the 100,000-project mock on a busy machine.
    // Built into dist-e2e once per change of the sources (scripts/build-if-stale.mjs), not per run.
    command: `node scripts/build-if-stale.mjs dist-e2e VITE_API_TIMEOUT_MS=10000 VITE_DEMO_BUILD=on && npx vite preview --outDir dist-e2e --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
