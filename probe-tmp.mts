// Loads PROBE_PATH at each size from each origin in turn (A/B back to back), printing wall,
// main-thread CPU and the whole browser's CPU (all processes, CDP SystemInfo).
import { chromium } from '@playwright/test';
import { findChromium } from '/work/wt-l/scripts/find-chromium.mjs';
import { measureLoad, openPage } from '/work/wt-l/bench/browser-measure';
const SIZES = (process.env.PROBE_SIZES ?? '1000').split(',').map(Number);
const ORIGINS = (process.env.PROBE_ORIGINS ?? 'http://localhost:4364').split(',');
const PATH = process.env.PROBE_PATH ?? '/projects';
const REPS = Number(process.env.PROBE_REPS ?? 1);
const browser = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const cdp = await browser.newBrowserCDPSession();
const cpuAll = async () => { const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { cpuTime: number }[] }; return processInfo.reduce((s, p) => s + p.cpuTime, 0) * 1000; };
try {
  for (const origin of ORIGINS) { const warm = await browser.newContext(); await measureLoad(await openPage(warm), origin, PATH, 1000, 120_000).catch(() => undefined); await warm.close(); }
  for (let r = 0; r < REPS; r++) for (const size of SIZES) for (const origin of ORIGINS) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await openPage(context);
    const c0 = await cpuAll();
    const s = await measureLoad(page, origin, PATH, size, 900_000);
    const c1 = await cpuAll();
    console.log(JSON.stringify({ origin: origin.slice(-4), size, total: Math.round(s.totalMs), mainCpu: Math.round(s.cpuMs), allCpu: Math.round(c1 - c0), gen: Math.round(s.mockGenerateMs), pages: Math.round(s.mockPagesMs), fetch: Math.round(s.fetchMs ?? 0), worker: Math.round(s.workerEngineMs ?? 0), load: (await import('node:os')).loadavg()[0].toFixed(1) }));
    await context.close();
  }
} finally { await browser.close(); }
