import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ImportScreen } from './support/pages';

/*
 * A portfolio in euros, imported as a new user would: every screen gives the same total in US
 * dollars, and the project page says what the budget was and at which year's rate it was
 * converted. The file is a hand-written fixture (e2e/fixtures): real publishers' files cannot be
 * fetched here.
 */

const FIXTURE = 'e2e/fixtures/iati-eur-budgets.xml';
/** The whole dollars in a formatted amount: "US$263,264" → 263264. */
const dollars = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

async function importEuroFile(page: Page): Promise<number> {
  const importer = new ImportScreen(page);
  const summary = (label: string) => importer.reportValue(label);
  await page.goto('/import?lang=en');
  await importer.picker().setInputFiles({
    name: 'iati-eur-budgets.xml',
    mimeType: 'application/xml',
    buffer: await readFile(FIXTURE),
  });
  await expect(summary('Accepted')).toHaveText('3');
  await expect(summary('Projects with a converted budget')).toHaveText('3');
  await expect(
    summary(
      'Budgets by original currency, as counted (each converted to USD at its year’s average rate)',
    ),
  ).toHaveText('EUR 228,871');
  await expect(importer.childActivities).toContainText(
    '1 child activity was rolled up into its parent activity',
  );
  const imported = dollars(await summary('Total budget of the accepted records').textContent());
  expect(imported).toBeGreaterThan(228_871);
  await importer.confirm().click();
  await expect(page).toHaveURL(/\/projects\?lang=en$/);
  return imported;
}

test('an IATI file in euros gives the same USD total on Projects, Overview and Budget', async ({
  page,
  explorer,
  overview,
  budget,
}) => {
  const imported = await importEuroFile(page);

  await expect(explorer.summary).toContainText('3 projects');
  const onProjects = dollars((await explorer.summary.textContent())?.split('·')[1] ?? '');

  await page.goto('/?lang=en');
  const tile = overview.tile('Total budget');
  await expect(tile).toContainText('US$');
  const onOverview = dollars(await tile.textContent());

  await page.goto('/budget?lang=en');
  await expect(budget.pivot()).toBeVisible();
  const onBudget = dollars(await budget.grandTotal.textContent());

  expect({ onProjects, onOverview, onBudget }).toEqual({
    onProjects: imported,
    onOverview: imported,
    onBudget: imported,
  });
});

test('the project page shows the original euro amount and the rate’s year; a contradicting status is a data issue', async ({
  page,
  shell,
  project,
}) => {
  await importEuroFile(page);
  await page.goto('/projects/FR-3-EUR-2014-001?lang=en');
  await expect(project.heading).toHaveText('Réponse rapide au Kenya');
  await expect(page.getByText('EUR 28,871 converted at the 2014 average rate')).toBeVisible();

  await expect(shell.dataIssues).toHaveAccessibleName(/Data issues: 1/);
  await shell.dataIssues.click();
  const issues = shell.dataIssuesDialog.getByRole('table', { name: 'Shown, with a question (1)' });
  await expect(issues).toContainText('FR-3-EUR-2021-003');
  await expect(issues).toContainText('Status is ongoing but the activity ended on 2022-12-31');
});

test('a screen whose script cannot be downloaded shows what to do', async ({
  page,
  context,
  shell,
}) => {
  // On the context: the mock API's service worker fetches the page's scripts once it controls it.
  await context.route(/\/assets\/import-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/import?lang=en');
  const panel = shell.alert;
  await expect(panel).toContainText('A part of the dashboard could not be downloaded');
  await expect(panel).toContainText('Check the connection, then reload.');
  await expect(panel.getByRole('button', { name: 'Retry' })).toBeVisible();
});
