// A short load probe (not part of `npm run bench`): one load of /projects per size given in
// PROBE_SIZES, against a preview already served at PROBE_ORIGIN (or the data service, `npm start`,
// which ignores `?mockCount=` and serves its own portfolio); prints wall, main-thread CPU, the
// whole browser's CPU (every process, Workers included: `browserCpuMs`), the longest task before
// the table was painted, the page's load measures and the heap after GC.
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
/** CPU time of every browser process so far, in ms (CDP SystemInfo). */
const cdp = await browser.newBrowserCDPSession();
async function browserCpu(): Promise<number> {
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { cpuTime: number }[];
  };
  return processInfo.reduce((sum, p) => sum + p.cpuTime, 0) * 1000;
}

try {
  // One unrecorded load so the service worker is installed and the code compiled once.
  const warm = await browser.newContext();
  await measureLoad(await openPage(warm), ORIGIN, PATH, 1000, 120_000).catch(() => undefined);
  await warm.close();
  for (const size of SIZES) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await openPage(context);
    const cpuBefore = await browserCpu();
    const sample = await measureLoad(page, ORIGIN, PATH, size, 900_000);
    const browserCpuMs = (await browserCpu()) - cpuBefore;
    const heap = await heapAfterGc(page);
    console.log(
      JSON.stringify({ size, ...sample, browserCpuMs, heapMB: Math.round(heap / 1e6) }, (_, v) =>
        typeof v === 'number' ? Math.round(v) : v,
      ),
    );
    await context.close();
  }
} finally {
  await browser.close();
}
