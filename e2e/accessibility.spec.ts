import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

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
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Serious and critical WCAG 2.1 AA violations on the page as it is now. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
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

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1366, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

for (const { name, viewport } of WIDTHS) {
  test.describe(`at ${viewport.width} px (${name})`, () => {
    test.use({ viewport });
    for (const lang of ['en', 'fr', 'es']) {
      for (const route of ROUTES) {
        test(`${route} in ${lang} has no serious or critical accessibility violation`, async ({
          page,
        }) => {
          await page.goto(`${route}?lang=${lang}`);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          // Screen readers pick their voice from the document's language.
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          await page.waitForLoadState('networkidle');
          expect(await seriousViolations(page)).toEqual([]);
        });
      }
    }
  });
}

test('the Data issues dialog has no serious or critical accessibility violation', async ({
  page,
}) => {
  await page.goto('/projects?lang=en&mock=invalid-records');
  await page.getByRole('button', { name: /Data issues/ }).click();
  await expect(page.getByRole('dialog', { name: 'Data issues' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
