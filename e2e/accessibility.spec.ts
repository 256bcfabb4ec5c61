import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { BUDGET } from './support/browser';
import { expect, test } from './support/fixtures';

/*
 * Every screen, in every language, at both widths, has no serious or critical WCAG 2.1 AA
 * violation. One cold load per language and width: the other screens are opened inside the app
 * (as a person following links would), so the suite checks all 48 views without starting the app
 * 48 times. Each view is checked after its data and lazy chunks have arrived.
 */

const ROUTES = [
  '/',
  '/projects',
  '/projects/RR.0083',
  '/timeline',
  '/budget',
  '/map',
  '/import',
  '/no-such-page',
];
const LANGUAGES = ['en', 'fr', 'es'];
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Serious and critical WCAG 2.1 AA violations on the page as it is now. */
async function seriousViolations(page: Page) {
  // Only the violations are gathered: axe skips collecting the passes it would throw away.
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_AA)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

/**
 * Counts the page's requests in flight, so a check can wait for the network to go quiet after an
 * in-app navigation as `waitForLoadState('networkidle')` does after a load.
 */
function trackRequests(page: Page) {
  let inFlight = 0;
  page.on('request', () => inFlight++);
  const done = () => inFlight--;
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async function networkQuiet() {
    // Quiet means no request for half a second, as Playwright's networkidle.
    await expect
      .poll(
        async () => {
          if (inFlight > 0) return false;
          await page.waitForTimeout(500);
          return inFlight === 0;
        },
        { intervals: [100] },
      )
      .toBe(true);
  };
}

/** Opens `path` inside the running app: the router's own navigation, no reload. */
async function openInApp(page: Page, path: string) {
  await page.evaluate((url) => {
    const idx = ((history.state as { idx?: number } | null)?.idx ?? 0) + 1;
    history.pushState({ usr: null, key: `a11y${idx}`, idx }, '', url);
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  }, path);
}

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1366, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

for (const { name, viewport } of WIDTHS) {
  test.describe(`at ${viewport.width} px (${name})`, () => {
    test.use({ viewport });
    for (const lang of LANGUAGES) {
      test(`every screen in ${lang} has no serious or critical accessibility violation`, async ({
        page,
        shell,
      }) => {
        // Eight screens, each checked whole.
        test.setTimeout(BUDGET.longTest);
        const networkQuiet = trackRequests(page);
        const heading = shell.heading;
        let previousHeading: string | undefined;
        for (const [i, route] of ROUTES.entries()) {
          await test.step(`${route} in ${lang}`, async () => {
            const url = `${route}?lang=${lang}`;
            if (i === 0) await page.goto(url);
            else await openInApp(page, url);
            // The screen asked for, not the one before it.
            if (previousHeading !== undefined)
              await expect(heading).not.toHaveText(previousHeading);
            await expect(heading).toBeVisible();
            // Screen readers pick their voice from the document's language.
            await expect(shell.document).toHaveAttribute('lang', lang);
            await networkQuiet();
            await expect(shell.loading).toHaveCount(0);
            // Every failing screen is reported, not only the first.
            expect
              .soft(await seriousViolations(page), `${route} in ${lang} at ${viewport.width} px`)
              .toEqual([]);
            previousHeading = (await heading.textContent()) ?? '';
          });
        }
      });
    }
  });
}

test('the Data issues dialog has no serious or critical accessibility violation', async ({
  page,
  shell,
}) => {
  await page.goto('/projects?lang=en&mock=invalid-records');
  await shell.dataIssues.click();
  await expect(shell.dataIssuesDialog).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
