/*
 * The mock API's Worker's timings for the benchmark, apart from off-thread.ts: the page's start
 * code (start.ts) reads them, and must not bring MSW into the app's initial JavaScript.
 */

/**
 * The Worker's own performance measures (generating, cutting pages), posted to the page when it
 * was started with `marks`; times are epoch milliseconds (timeOrigin + the Worker's own clock),
 * so that the page can place them on its timeline.
 */
export interface MockApiMeasures {
  type: 'measures';
  entries: { name: string; start: number; duration: number; detail: unknown }[];
}

/**
 * Records the Worker's measures on the page's timeline as `performance.measure` entries of the
 * same names (what the benchmark reads); anything else is ignored.
 */
export function recordMockMeasures(data: unknown, page: Performance = performance): void {
  const message = data as Partial<MockApiMeasures> | null;
  if (message?.type !== 'measures' || !Array.isArray(message.entries)) return;
  for (const entry of message.entries)
    page.measure(entry.name, {
      start: entry.start - page.timeOrigin,
      duration: entry.duration,
      detail: entry.detail,
    });
}
