import type { CDPSession, Page } from '@playwright/test';

/*
 * What the browser benchmark reads inside the page. The app records `view` / `view:painted`
 * marks (src/lib/perf) when the page sets `window.__perfMarks`; this file adds observers for long
 * tasks, Event Timing and pointer presses, and waits for marks and for content in the DOM.
 */

/**
 * Installed before any of the page's scripts run, with the content each path must show
 * (CONTENT). Besides the observers, it notes at each `view` and `view:painted` mark whether that
 * content is in the DOM, keyed by the mark's time.
 */
export function installObservers(content: Record<string, string | undefined>): void {
  type Bench = {
    longtasks: { start: number; duration: number }[];
    events: { name: string; start: number; duration: number; id: number }[];
    downs: number[];
    contentAtMark: Record<string, boolean>;
  };
  const w = window as unknown as { __perfMarks: boolean; __bench: Bench };
  w.__perfMarks = true;
  const bench: Bench = { longtasks: [], events: [], downs: [], contentAtMark: {} };
  w.__bench = bench;
  const mark = performance.mark.bind(performance);
  performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
    const entry = mark(name, options);
    const path = (options?.detail as { path?: string } | undefined)?.path;
    if ((name === 'view' || name === 'view:painted') && path !== undefined) {
      const selector = content[path];
      bench.contentAtMark[`${name}@${entry.startTime}`] =
        !selector || document.querySelector(selector) !== null;
    }
    return entry;
  }) as typeof performance.mark;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        bench.events.push({
          name: e.name,
          start: e.startTime,
          duration: e.duration,
          id: e.interactionId ?? 0,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  } catch {
    // An old browser without these entry types: the figures that need them stay empty.
  }
  document.addEventListener('pointerdown', (e) => bench.downs.push(e.timeStamp), { capture: true });
}

/** What must be on screen, per path, besides the app's mark: table rows, chart bars. */
export const CONTENT: Record<string, string | undefined> = {
  '/projects': 'table[aria-label="Projects"] tbody tr:not([aria-hidden])',
  '/': '.chart-bar',
};

export interface Painted {
  /**
   * When the view's frame was painted: the app's `view:painted` mark when the content was in the
   * DOM both when the view was committed and at that mark (it was in the painted frame); else
   * the later of the mark and the next frame after the content was found.
   */
  painted: number;
  /**
   * The same by the earlier rule, which always waited for the frame after the content was found:
   * one frame or more after `painted` when the content was already there. Kept to compare runs.
   */
  paintedNextFrame: number;
  committed: number;
  /** When a "pending" state was painted first, for views computed in a Worker. */
  pendingPainted: number | undefined;
  rows: number;
}

/**
 * Waits in the page for the first view of `path` painted after `since` (performance.now() time)
 * with its content in the DOM; times are in the page's clock (0 = navigation start).
 */
export async function waitForView(
  page: Page,
  path: string,
  since: number,
  timeoutMs: number,
): Promise<Painted> {
  return page.evaluate(
    ({ path, since, selector, timeoutMs }) =>
      new Promise<Painted>((resolve, reject) => {
        const started = performance.now();
        type Detail = { path: string; rows: number; seq: number };
        const marks = (name: string) =>
          (performance.getEntriesByName(name, 'mark') as PerformanceMark[]).filter(
            (m) => (m.detail as Detail).path === path && m.startTime > since,
          );
        let contentAt: number | undefined;
        const check = () => {
          const painted = marks('view:painted')[0];
          if (
            painted &&
            contentAt === undefined &&
            (!selector || document.querySelector(selector))
          ) {
            // The content is in the DOM in this frame: it is painted once the next frame starts.
            requestAnimationFrame(() => {
              contentAt = performance.now();
              const detail = painted.detail as Detail;
              const committed = marks('view').find((m) => (m.detail as Detail).seq === detail.seq);
              const atMark = (
                window as unknown as { __bench: { contentAtMark: Record<string, boolean> } }
              ).__bench.contentAtMark;
              const inPaintedFrame =
                committed !== undefined &&
                atMark[`view@${committed.startTime}`] === true &&
                atMark[`view:painted@${painted.startTime}`] === true;
              const nextFrame = Math.max(painted.startTime, selector ? contentAt : 0);
              resolve({
                painted: inPaintedFrame ? painted.startTime : nextFrame,
                paintedNextFrame: nextFrame,
                committed: committed?.startTime ?? painted.startTime,
                pendingPainted: marks('view-pending:painted')[0]?.startTime,
                rows: detail.rows,
              });
            });
            return;
          }
          const left = timeoutMs - (performance.now() - started);
          if (left < 0) reject(new Error(`no painted view of ${path} within ${timeoutMs} ms`));
          // The view is painted but its content is not in the DOM yet: looked for each frame.
          else if (painted) requestAnimationFrame(check);
          else waitForMark(left);
        };
        // Until the view's mark, the page is left alone: a look each frame would make the
        // browser draw every frame (about 0.2 s of CPU a second across its threads, taken from
        // the app's and the Workers' work while a large portfolio loads).
        const waitForMark = (left: number) => {
          const observer = new PerformanceObserver(() => {
            if (marks('view:painted').length === 0) return;
            observer.disconnect();
            clearTimeout(timer);
            check();
          });
          observer.observe({ type: 'mark' });
          const timer = setTimeout(() => {
            observer.disconnect();
            check();
          }, left + 1);
        };
        check();
      }),
    { path, since, selector: CONTENT[path], timeoutMs },
  );
}

export interface PageRecord {
  longtasks: { start: number; duration: number }[];
  events: { name: string; start: number; duration: number; id: number }[];
  downs: number[];
  measures: { name: string; start: number; duration: number }[];
}

/** The observers' records and the app's and mock's measures so far. */
export async function pageRecord(page: Page): Promise<PageRecord> {
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: Omit<PageRecord, 'measures'> }).__bench;
    const measures = performance
      .getEntriesByType('measure')
      .map((m) => ({ name: m.name, start: m.startTime, duration: m.duration }));
    return { ...bench, measures };
  });
}

/** The page's clock now. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** Elements in the document, SVG included. */
export const domNodes = (page: Page): Promise<number> =>
  page.evaluate(() => document.getElementsByTagName('*').length);

/** The main thread's JavaScript heap after garbage collection, in bytes (Workers not included). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

const sessions = new WeakMap<Page, CDPSession>();

/** Opens the CDP session the CPU figures read from; call once per page before it loads. */
export async function enableMetrics(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  sessions.set(page, cdp);
}

/** CPU time the page's main thread has used so far, in ms (CDP Performance ThreadTime). */
export async function mainThreadCpu(page: Page): Promise<number> {
  const cdp = sessions.get(page);
  if (!cdp) return Number.NaN;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const thread = metrics.find((m) => m.name === 'ThreadTime');
  return thread ? thread.value * 1000 : Number.NaN;
}
