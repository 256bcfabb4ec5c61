/**
 * The moment the page first shows its data: work that no screen needs to show it (the mock API's
 * service worker, for one) waits for it, rather than take a CPU from the first load. Once per
 * page; the explore screens mark it when their first view has been painted.
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
