/**
 * The moment the page first shows its data: work that no screen needs to show it (the mock API's
 * service worker, for one) waits for it, rather than take a CPU from the first load. Once per
 * page: the explore screens mark it when their first view has been painted, any other screen
 * (a project's page, the Import screen) once it is painted itself.
 */

let markShown: () => void = () => {};

/** Settles once the first view has been painted. */
export const firstViewShown: Promise<void> = new Promise((resolve) => {
  markShown = resolve;
});

/** Marks the first view painted (later calls change nothing). */
export function markFirstViewShown(): void {
  markShown();
}

/**
 * Marks the first view shown once the frame now being prepared has been painted (the second
 * frame callback from now); the returned function cancels it.
 */
export function markFirstViewShownAfterPaint(): () => void {
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(markFirstViewShown);
  });
  return () => cancelAnimationFrame(frame);
}
