// A short load probe (not part of `npm run bench`): one load of /projects per size given in
// PROBE_SIZES, against a preview already served at PROBE_ORIGIN; prints wall, main-thread CPU,
// the longest task before the table was painted, the page's load measures and the heap after GC.
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { measureLoad, openPage } from './browser-measure';
import { heapAfterGc } from './browser-page';

const SIZES = (process.env.PROBE_SIZES ?? '1000,10000').split(',').map(Number);
const ORIGIN = process.env.PROBE_ORIGIN ?? 'http://localhost:4354';
const PATH = process.env.PROBE_PATH ?? '/projects';

const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  // One unrecorded load so the service worker is installed and the code compiled once.
  const warm = await browser.newContext();
  await measureLoad(await openPage(warm), ORIGIN, PATH, 1000, 120_000).catch(() => undefined);
  await warm.close();
  for (const size of SIZES) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await openPage(context);
    const sample = await measureLoad(page, ORIGIN, PATH, size, 900_000);
    const heap = await heapAfterGc(page);
    console.log(
      JSON.stringify({ size, ...sample, heapMB: Math.round(heap / 1e6) }, (_, v) =>
        typeof v === 'number' ? Math.round(v) : v,
      ),
    );
    await context.close();
  }
} finally {
  await browser.close();
}
