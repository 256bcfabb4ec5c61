import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/*
 * A portfolio in euros, imported as a new user would: every screen gives the same total in US
 * dollars, and the project page says what the budget was and at which year's rate it was
 * converted. The file is a hand-written fixture (e2e/fixtures): real publishers' files cannot be
 * fetched here.
 */

const FIXTURE = 'e2e/fixtures/iati-eur-budgets.xml';
/** The whole dollars in a formatted amount: "US$263,264" → 263264. */
const dollars = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

/** The value after a label in the import report's summary. */
const summary = (page: Page, label: string) =>
  page
    .getByRole('region', { name: 'Import report' })
    .locator('dt', { hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) })
    .locator('+ dd');

async function importEuroFile(page: Page): Promise<number> {
  await page.goto('/import?lang=en');
  await page.getByLabel('Choose a file').setInputFiles({
    name: 'iati-eur-budgets.xml',
    mimeType: 'application/xml',
    buffer: await readFile(FIXTURE),
  });
  await expect(summary(page, 'Accepted')).toHaveText('3');
  await expect(summary(page, 'Projects with a converted budget')).toHaveText('3');
  await expect(
    summary(
      page,
      'Budgets by original currency, as counted (each converted to USD at its year’s average rate)',
    ),
  ).toHaveText('EUR 228,871');
  await expect(page.getByRole('group', { name: 'Child activities' })).toContainText(
    '1 child activity was rolled up into its parent activity',
  );
  const imported = dollars(
    await summary(page, 'Total budget of the accepted records').textContent(),
  );
  expect(imported).toBeGreaterThan(228_871);
  await page.getByRole('button', { name: 'Use this portfolio' }).click();
  await expect(page).toHaveURL(/\/projects\?lang=en$/);
  return imported;
}

test('an IATI file in euros gives the same USD total on Projects, Overview and Budget', async ({
  page,
  explorer,
}) => {
  const imported = await importEuroFile(page);

  await expect(explorer.summary).toContainText('3 projects');
  const onProjects = dollars((await explorer.summary.textContent())?.split('·')[1] ?? '');

  await page.goto('/?lang=en');
  const tile = page.getByRole('group', { name: 'Total budget', exact: true });
  await expect(tile).toContainText('US$');
  const onOverview = dollars(await tile.textContent());

  await page.goto('/budget?lang=en');
  const pivot = page.getByRole('table', { name: /^Budget \(USD\) by/ });
  await expect(pivot).toBeVisible();
  const onBudget = dollars(await pivot.locator('tfoot td').last().textContent());

  expect({ onProjects, onOverview, onBudget }).toEqual({
    onProjects: imported,
    onOverview: imported,
    onBudget: imported,
  });
});

test('the project page shows the original euro amount and the rate’s year; a contradicting status is a data issue', async ({
  page,
}) => {
  await importEuroFile(page);
  await page.goto('/projects/FR-3-EUR-2014-001?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réponse rapide au Kenya');
  await expect(page.getByText('EUR 28,871 converted at the 2014 average rate')).toBeVisible();

  await page.getByRole('button', { name: 'Data issues: 1' }).click();
  const issues = page.getByRole('table', { name: 'Shown, with a question (1)' });
  await expect(issues).toContainText('FR-3-EUR-2021-003');
  await expect(issues).toContainText('Status is ongoing but the activity ended on 2022-12-31');
});

test('a screen whose script cannot be downloaded shows what to do', async ({ page, context }) => {
  // On the context: the mock API's service worker fetches the page's scripts once it controls it.
  await context.route(/\/assets\/import-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/import?lang=en');
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('A part of the dashboard could not be downloaded');
  await expect(panel).toContainText('Check the connection, then reload.');
  await expect(panel.getByRole('button', { name: 'Retry' })).toBeVisible();
});
