import { devices, type PlaywrightTestConfig } from '@playwright/test';

/**
 * How every browser suite drives Chromium: a desktop page at 1366 × 900 on the given port, in the
 * Chromium at CHROMIUM_PATH, with the flags a sandboxed machine with no network needs.
 */
export function chromiumUse(port: number): PlaywrightTestConfig['use'] {
  return {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
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
      ],
    },
  };
}
