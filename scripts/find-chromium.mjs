// Finds a Chromium for Playwright: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
// Playwright's own browser (installing it when the network allows). Says plainly what to do
// when none can be had.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

async function playwrightOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The path of a Chromium to drive, or undefined after printing how to get one. */
export async function findChromium({ install = false } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  for (const path of CANDIDATES) if (existsSync(path)) return path;
  const own = await playwrightOwn();
  if (own) return own;
  if (install) {
    console.log("No Chromium found; trying Playwright's own: npx playwright install chromium");
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
    const installed = await playwrightOwn();
    if (installed) return installed;
  }
  console.error(
    [
      'No Chromium was found for the browser tests. Get one of these, then run the tests again:',
      '  - Debian/Ubuntu:  sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
      '  - Playwright:     npx playwright install chromium',
      '  - Any Chromium:   export CHROMIUM_PATH=/path/to/chromium',
    ].join('\n'),
  );
  return undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = await findChromium({ install: process.argv.includes('--install') });
  if (!path) process.exit(1);
  console.log(path);
}
