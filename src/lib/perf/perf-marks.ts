/**
 * Performance marks for the browser benchmark (`npm run bench`). They are off unless the page
 * sets `window.__perfMarks = true` before the app starts, as the benchmark does; otherwise every
 * call is one boolean test, so production pays nothing for them. A Worker records them when
 * its `globalThis.__perfMarks` is set (the mock API's Worker, told so by the page).
 */

declare global {
  interface Window {
    __perfMarks?: boolean;
  }
}

/** Whether marks are recorded in this page. */
export function perfMarksEnabled(): boolean {
  // `globalThis`: the page's window, or a Worker that was told to record them (the mock API's).
  return (
    (globalThis as { __perfMarks?: boolean }).__perfMarks === true &&
    typeof performance.mark === 'function'
  );
}

/** Records a mark now. */
export function perfMark(name: string, detail?: Record<string, unknown>): void {
  if (!perfMarksEnabled()) return;
  performance.mark(name, { detail });
}

/** Records a measure from `start` (a timestamp from performance.now()) to now. */
export function perfMeasure(name: string, start: number, detail?: Record<string, unknown>): void {
  if (!perfMarksEnabled()) return;
  performance.measure(name, { start, end: performance.now(), detail });
}

/** The time now, for perfMeasure; 0 when marks are off. */
export function perfNow(): number {
  return perfMarksEnabled() ? performance.now() : 0;
}

/**
 * Records `name` now and `name:painted` once the frame holding the current DOM has been painted:
 * the first animation frame runs before that paint, the second after it.
 */
export function perfMarkPainted(name: string, detail?: Record<string, unknown>): void {
  if (!perfMarksEnabled()) return;
  performance.mark(name, { detail });
  requestAnimationFrame(() =>
    requestAnimationFrame(() => performance.mark(`${name}:painted`, { detail })),
  );
}
