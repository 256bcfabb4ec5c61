import { expect, type Page } from '@playwright/test';
import type { AppShell } from './pages';

/*
 * Walking many views in one page: the first is loaded cold, the others are opened inside the
 * running app, as a person following links would. A cold load (new document, mock API, portfolio)
 * costs several times an in-app navigation, so a spec that checks every screen × language × width
 * opens each page once and walks it, and each view is checked after its own screen has arrived.
 */

/** Opens `path` inside the running app: the router's own navigation, no reload. */
export async function openInApp(page: Page, path: string) {
  await page.evaluate((url) => {
    const idx = ((history.state as { idx?: number } | null)?.idx ?? 0) + 1;
    history.pushState({ usr: null, key: `walk${idx}`, idx }, '', url);
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  }, path);
}

/**
 * Counts the page's requests in flight; the returned wait ends when none is (the screen's lazy
 * chunks and data have arrived). Attach it before the first load.
 */
export function trackRequests(page: Page) {
  let inFlight = 0;
  page.on('request', () => inFlight++);
  const done = () => inFlight--;
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async function networkQuiet() {
    await expect.poll(() => inFlight, { intervals: [50, 100] }).toBe(0);
  };
}

/**
 * A walk through views, one page: `open(path)` loads the first cold and opens the next ones in
 * the app, and returns once the screen asked for shows its content (its heading is no longer the
 * previous view's, nothing is loading). Consecutive views must be different screens (different
 * headings), so that the wait cannot end on the screen before.
 */
export function walk(page: Page, shell: AppShell) {
  const networkQuiet = trackRequests(page);
  let previousHeading: string | undefined;
  return async function open(path: string) {
    if (previousHeading === undefined) await page.goto(path);
    else {
      await openInApp(page, path);
      await expect(shell.heading, `${path}: its own screen`).not.toHaveText(previousHeading);
    }
    await expect(shell.heading).toBeVisible();
    await networkQuiet();
    // The screen's content, not its loading state.
    await expect(shell.loading).toHaveCount(0);
    await expect(shell.loadingText).toHaveCount(0);
    previousHeading = (await shell.heading.textContent()) ?? '';
  };
}

/** `path` with `lang=<lang>` added to its query. */
export function withLang(path: string, lang: string) {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}
