import { defineConfig } from '@playwright/test';
import { chromiumUse } from './e2e/support/browser';

// Beside the main suite's port, so both can run at once.
const PORT = Number(process.env.E2E_SERVER_PORT ?? Number(process.env.E2E_PORT ?? 4310) + 90);

/**
 * The smoke suite of the data service: the dashboard built for it and served by `npm start` on a
 * fresh PGlite database (seeded with the sample), in Chromium. Kept apart from the main suite
 * (playwright.config.ts, the mock API), which it would otherwise slow down.
 */
export default defineConfig({
  testDir: 'e2e-server',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright-server.json' }]],
  use: chromiumUse(PORT),
  webServer: {
    command: `rm -rf reports/smoke-db && node scripts/start.mjs`,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      PGLITE_DIR: 'reports/smoke-db',
      DATABASE_URL: '',
      // Kept between runs: rebuilt only when the sources change.
      STATIC_DIR: 'dist-smoke',
    },
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 240_000,
  },
});
