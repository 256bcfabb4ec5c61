import type { BrowserContext, Page } from '@playwright/test';
import {
  CONTENT,
  domNodes,
  enableMetrics,
  heapAfterGc,
  installObservers,
  mainThreadCpu,
  pageNow,
  pageRecord,
  waitForView,
} from './browser-page';

export interface LoadSample {
  /** Navigation start → the view's table or charts painted. */
  totalMs: number;
  /** The same by the earlier rule, one frame after the content was found (Painted.paintedNextFrame); not in runs before 2026-12-01. */
  totalNextFrameMs?: number;
  /**
   * The same: the mock API's work runs in its own Worker beside the app's and is not subtracted
   * (kept for the reports that read it; earlier runs subtracted the mock's main-thread work).
   */
  appMs: number;
  /**
   * The mock API's Worker (posted by it, see mocks/off-thread.ts): generating the portfolio,
   * from its start to the last project (requests answered between the slices included).
   */
  mockGenerateMs: number;
  /** The mock API's Worker: cutting and encoding the pages it answered, summed. */
  mockPagesMs: number;
  /** The client's fetch of every page, mock work and page-by-page validation included. */
  fetchMs: number | undefined;
  /** Record-by-record validation, summed over the pages. */
  validateMs: number;
  /** After the page's own validation, the wait for the engine its Worker built from the pages. */
  workerEngineMs: number | undefined;
  /** Longest task before the paint, mock work included. */
  longestTaskMs: number;
  /** Main-thread CPU time until the paint, mock work included. */
  cpuMs: number;
}

export interface FilterSample {
  /** Pointer down on the checkbox → every view of the screen painted. */
  paintMs: number;
  /** The same by the earlier rule, one frame after the content was found (Painted.paintedNextFrame); not in runs before 2026-12-01. */
  paintNextFrameMs?: number;
  /** Pointer down → the pending state painted (Worker-computed views only). */
  pendingMs: number | undefined;
  /** Event Timing duration of the click's interaction; 0 when under the 16 ms threshold. */
  interactionMs: number;
  /** Longest task between the press and the paint; 0 when none reached 50 ms (the long-task threshold). */
  longestTaskMs: number;
  /** Main-thread CPU time from just before the press to the paint. */
  cpuMs: number;
  rows: number;
}

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

/** Opens a fresh page with the benchmark's observers. */
export async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  // tsx compiles named functions with a `__name` helper; functions sent into the page need it too.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(installObservers, CONTENT);
  await enableMetrics(page);
  return page;
}

/** Loads `path` with a generated portfolio of `size` projects and times it until painted. */
export async function measureLoad(
  page: Page,
  origin: string,
  path: string,
  size: number,
  timeoutMs: number,
): Promise<LoadSample> {
  await page.goto(`${origin}${path}?mockCount=${size}`, {
    waitUntil: 'commit',
    timeout: timeoutMs,
  });
  const view = await waitForView(page, path, 0, timeoutMs);
  const cpuMs = await mainThreadCpu(page);
  const record = await pageRecord(page);
  const measures = (name: string) => record.measures.filter((m) => m.name === name);
  const mockGenerateMs = sum(measures('mock:generate').map((m) => m.duration));
  const mockPagesMs = sum(measures('mock:page').map((m) => m.duration));
  const appTasks = record.longtasks.filter((t) => t.start < view.painted);
  return {
    totalMs: view.painted,
    totalNextFrameMs: view.paintedNextFrame,
    appMs: view.painted,
    mockGenerateMs,
    mockPagesMs,
    fetchMs: measures('load:fetch')[0]?.duration,
    validateMs: sum(measures('load:validate').map((m) => m.duration)),
    workerEngineMs: measures('load:worker-engine')[0]?.duration,
    longestTaskMs: Math.max(0, ...appTasks.map((t) => t.duration)),
    cpuMs,
  };
}

/**
 * Clicks Region checkboxes on the loaded screen `clicks` times (one region on, then off, then the
 * next) and times each until the screen's views are painted.
 */
export async function measureFilters(
  page: Page,
  path: string,
  clicks: number,
  timeoutMs: number,
): Promise<FilterSample[]> {
  const boxes = page.getByRole('group', { name: 'Region', exact: true }).getByRole('checkbox');
  const regions = await boxes.count();
  if (regions === 0) throw new Error(`no Region checkboxes on ${path}`);
  const samples: FilterSample[] = [];
  for (let i = 0; i < clicks; i++) {
    const since = await pageNow(page);
    const downsBefore = (await pageRecord(page)).downs.length;
    const box = boxes.nth(Math.floor(i / 2) % regions);
    // Found and scrolled into view first; then a bare press and release at its centre, so the
    // page's CPU time below holds the filter's work and not Playwright's actionability checks.
    await box.scrollIntoViewIfNeeded();
    const bounds = await box.boundingBox();
    if (!bounds) throw new Error(`Region checkbox ${i} is not visible on ${path}`);
    const cpuBefore = await mainThreadCpu(page);
    await page.mouse.click(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    const view = await waitForView(page, path, since, timeoutMs);
    const cpuMs = (await mainThreadCpu(page)) - cpuBefore;
    // Let Event Timing and long-task entries of this interaction arrive before reading them.
    await page.waitForTimeout(250);
    const record = await pageRecord(page);
    const down = record.downs[downsBefore];
    if (down === undefined) throw new Error('the click did not reach the page');
    const interaction = record.events.filter((e) => e.start >= down - 1 && e.start <= view.painted);
    const tasks = record.longtasks.filter(
      (t) => t.start + t.duration > down && t.start < view.painted,
    );
    samples.push({
      paintMs: view.painted - down,
      paintNextFrameMs: view.paintedNextFrame - down,
      pendingMs:
        view.pendingPainted !== undefined && view.pendingPainted > down
          ? view.pendingPainted - down
          : undefined,
      interactionMs: Math.max(0, ...interaction.map((e) => e.duration)),
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      cpuMs,
      rows: view.rows,
    });
  }
  return samples;
}

/** Screens reached from the navigation, with the DOM size of each once its view is painted. */
export const SCREENS = [
  { path: '/', link: 'Overview' },
  { path: '/projects', link: 'Projects' },
  { path: '/timeline', link: 'Timeline' },
  { path: '/budget', link: 'Budget' },
  { path: '/map', link: 'Map' },
] as const;

export interface ScreenVisits {
  /** Elements on each screen once its view is painted. */
  nodes: Record<string, number | string>;
  /** Navigation click → the screen's view painted (the data is already loaded). */
  switchMs: Record<string, number>;
  /** A few Region clicks on each screen, so every screen's filter cost is known. */
  filters: Record<string, FilterSample[]>;
}

/**
 * Region clicks per screen in the screen tour (on, off, …: the filters end as they began); more
 * on /timeline, whose p95 is a headline figure of its own.
 */
const TOUR_CLICKS = (path: string) => (path === '/timeline' ? 10 : 4);

/** Visits each screen through the navigation (the data stays loaded), timing it and counting its elements. */
export async function measureScreens(page: Page, timeoutMs: number): Promise<ScreenVisits> {
  const visits: ScreenVisits = { nodes: {}, switchMs: {}, filters: {} };
  for (const { path, link } of SCREENS) {
    const anchor = page.getByRole('navigation').getByRole('link', { name: link, exact: true });
    if ((await anchor.count()) === 0) {
      visits.nodes[path] = 'no link';
      continue;
    }
    const since = await pageNow(page);
    await anchor.first().click();
    try {
      const view = await waitForView(page, path, since, timeoutMs);
      const down = (await pageRecord(page)).downs.filter((d) => d > since)[0] ?? since;
      visits.switchMs[path] = view.painted - down;
      visits.filters[path] = await measureFilters(page, path, TOUR_CLICKS(path), timeoutMs);
    } catch {
      // A screen without the shared explore layout has no view marks: count once it settles.
      await page.waitForTimeout(1500);
    }
    visits.nodes[path] = await domNodes(page);
  }
  return visits;
}

export { heapAfterGc };
