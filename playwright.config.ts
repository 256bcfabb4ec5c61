import { defineConfig } from '@playwright/test';
import { BUDGET, chromiumUse } from './e2e/support/browser';

const PORT = Number(process.env.E2E_PORT ?? 4310);

/**
 * The suite runs against the demo build (a production build made with VITE_DEMO_BUILD=on, which
 * carries the mock API and reads `?mock=` scenarios) served by `vite preview`. Chromium comes from
 * CHROMIUM_PATH (scripts/run-playwright.mjs finds one). Two workers, one Chromium each: the
 * machine has two cores, and a third worker only makes every test slower.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: BUDGET.test,
  expect: { timeout: BUDGET.expect },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: chromiumUse(PORT),
  webServer: {
    // Built into dist-e2e once per change of the sources (scripts/build-if-stale.mjs), not per
    // run; its settings (scripts/test-builds.json) include the API time-out the tests expect.
    command: `node scripts/build-if-stale.mjs e2e && npx vite preview --outDir dist-e2e --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
