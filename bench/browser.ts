// Browser step of `npm run bench`: the production build (dist/, built by the bench runner) served
// by `vite preview`, driven in headless Chromium with generated portfolios of 1k–1M projects
// (`?mockCount=N`). Measures load → table and charts painted, filter click → views painted, the
// longest task during a filter, the heap after GC and the DOM size of each screen (DESIGN §10).
// `BENCH_SIZES=1000,10000` limits the sizes; BENCH_PORT (default 4408) is the preview port.
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { findChromium } from '../scripts/find-chromium.mjs';
import {
  heapAfterGc,
  measureFilters,
  measureLoad,
  measureScreens,
  openPage,
  type FilterSample,
  type LoadSample,
} from './browser-measure';
import { writeBrowserReport, type BrowserReport, type SizeRun } from './browser-report';
import { machine } from './machine';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000,1000000').split(',').map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 4408);
const ORIGIN = `http://localhost:${PORT}`;
/**
 * Loads and filter clicks per size: fewer at 1M, where one load takes most of a minute, so that
 * the whole step stays within about ten minutes on 2 cores. Three loads up to 100k: the median of
 * two is their mean, which one load slowed by the shared host moved past a budget.
 */
const LOADS = (n: number) => (n >= 1_000_000 ? 1 : 3);
const CLICKS = (n: number) => (n >= 1_000_000 ? 6 : 10);
const TIMEOUT_MS = (n: number) => (n >= 1_000_000 ? 600_000 : 180_000);
/** Where loads are timed: the table, and the charts. */
const LOAD_PATHS = ['/projects', '/'];

const log = (...args: unknown[]) => console.log(...args);

async function startPreview(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    try {
      if ((await fetch(ORIGIN)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`vite preview did not answer on ${ORIGIN}`);
}

function stopPreview(server: ChildProcess): void {
  // The server runs in its own process group (detached): end the group it leads, nothing else.
  if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
}

/**
 * Closes a measured page as a person closes a tab: its `beforeunload` runs, so the mock API's
 * service worker forgets it. A page closed without it stays among the service worker's clients,
 * and every request of the next page's load (its scripts and styles included) then goes through
 * the service worker instead of straight to the network: up to a few hundred milliseconds a load
 * that no person's browser adds.
 */
async function closeAsATab(page: Page): Promise<void> {
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
}

/**
 * The context every size is measured in: the service worker installed by one unrecorded load,
 * and a plain page of the origin kept open (the service worker script itself, which runs no app),
 * so that closing a measured page, its only other client, does not unregister the service worker.
 */
async function measuringContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: playwrightConfig.use?.viewport ?? { width: 1366, height: 900 },
  });
  await (await context.newPage()).goto(`${ORIGIN}/mockServiceWorker.js`);
  const warm = await openPage(context);
  await measureLoad(warm, ORIGIN, '/projects', 1000, 120_000).catch(() => undefined);
  await closeAsATab(warm);
  return context;
}

async function runSize(context: BrowserContext, size: number): Promise<SizeRun> {
  const run: SizeRun = {
    size,
    loads: {},
    filters: {},
    heapBytes: undefined,
    domNodes: {},
    switchMs: {},
    screenFilters: {},
    errors: [],
  };
  const timeout = TIMEOUT_MS(size);
  for (const path of LOAD_PATHS) {
    const loads: LoadSample[] = [];
    for (let i = 0; i < LOADS(size); i++) {
      const page = await openPage(context);
      try {
        loads.push(await measureLoad(page, ORIGIN, path, size, timeout));
        if (i === LOADS(size) - 1) {
          const filters: FilterSample[] = await measureFilters(page, path, CLICKS(size), timeout);
          run.filters[path] = filters;
          if (path === '/projects') {
            run.heapBytes = await heapAfterGc(page);
            const visits = await measureScreens(page, Math.min(timeout, 120_000));
            run.domNodes = visits.nodes;
            run.switchMs = visits.switchMs;
            run.screenFilters = visits.filters;
          }
        }
      } catch (error) {
        run.errors.push(
          `${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        );
        break;
      } finally {
        await closeAsATab(page);
      }
    }
    run.loads[path] = loads;
    log(
      `  ${size} ${path}: ${loads.map((l) => Math.round(l.totalMs)).join(', ')} ms load; filters ${(run.filters[path] ?? []).map((f) => Math.round(f.paintMs)).join(', ')} ms`,
    );
  }
  return run;
}

async function main(): Promise<void> {
  const executablePath = await findChromium();
  if (!executablePath) process.exit(1);
  const server = await startPreview();
  let browser: Browser | undefined;
  try {
    const args = playwrightConfig.use?.launchOptions?.args ?? [];
    browser = await chromium.launch({ executablePath, args });
    const context = await measuringContext(browser);
    const loadAtStart = loadavg()[0]!;
    const report: BrowserReport = {
      date: new Date().toISOString().slice(0, 10),
      machine: { ...machine(loadAtStart), browser: browser.version() },
      runs: [],
    };
    for (const size of SIZES) {
      log(`▸ ${size.toLocaleString('en-US')} projects`);
      report.runs.push(await runSize(context, size));
      // Written after each size, so that a run cut short still leaves its figures.
      report.machine = { ...machine(loadAtStart), browser: browser.version() };
      writeBrowserReport(report);
    }
    report.machine = { ...machine(loadAtStart), browser: browser.version() };
    log(`Wrote ${writeBrowserReport(report).join(', ')}`);
  } finally {
    await browser?.close();
    stopPreview(server);
  }
}

await main();
