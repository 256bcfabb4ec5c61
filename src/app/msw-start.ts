/**
 * When MSW's service worker starts on the happy path of the mock API (no scenario): it serves
 * only requests from elsewhere (the browser's own tools), since the app's requests go to the mock
 * API's Worker over a port. Registered once the first screen's chunks are loaded, so a window
 * where service workers cannot run fails before the app shows anything; MSW itself (a 430 KB
 * chunk, about 150 ms of script on a first load) starts once the first view is shown (an explore
 * screen's first view painted, or any other screen painted: lib/first-view), or after `latestMs`
 * at the latest, so it no longer competes with the first load.
 */
export interface MswStartSteps {
  /** Settles once the first screen's chunks are loaded. */
  firstScreen: Promise<void>;
  /** Settles once the first view is painted. */
  firstView: Promise<void>;
  /** Registers the service worker; rejects where it cannot run. */
  register: () => Promise<void>;
  /** Loads and starts MSW. */
  start: () => Promise<void>;
  /** The longest MSW waits for a first view (ms). */
  latestMs: number;
}

export async function startMswAfterFirstView(steps: MswStartSteps): Promise<void> {
  await steps.firstScreen;
  await steps.register();
  await Promise.race([
    steps.firstView,
    new Promise<void>((resolve) => setTimeout(resolve, steps.latestMs)),
  ]);
  await steps.start();
}
