import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { printedA4Pages } from './support/print';
import { servedProjects, type Served } from './support/served';

/* Funders and money moved (DESIGN §11), checked against sums computed here from the API's records. */

/** The part of a project's budget a funder gives: its stated share when all state one, else equal. */
function shareOf(project: Served, ref: string): number {
  const funders = project.funders ?? [];
  const stated = funders.every((f) => f.share !== undefined);
  const mine = funders.filter((f) => f.ref === ref);
  if (mine.length === 0) return 0;
  if (!stated) return 1 / funders.length;
  const sum = funders.reduce((s, f) => s + f.share!, 0);
  return mine.reduce((s, f) => s + f.share!, 0) / sum;
}

const usd = (amount: number) => `US$${Math.round(amount).toLocaleString('en-GB')}`;
const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
const GERMANY = 'XM-DAC-5';

/** The table's spent total, once its column is scrolled into view (the table draws the columns in view). */
async function spentTotal(explorer: { table: Locator }): Promise<Locator> {
  await explorer.table.getByRole('columnheader', { name: /^Spent/ }).scrollIntoViewIfNeeded();
  return explorer.table.locator('tfoot .explorer-col-spentUsd');
}

test('filtering by a funder gives the count and the budget and spent totals the API’s records give', async ({
  page,
  explorer,
  filters,
}) => {
  await page.goto('/projects?lang=en');
  await expect(explorer.table).toBeVisible();
  const funded = (await servedProjects(page)).filter((p) =>
    p.funders?.some((f) => f.ref === GERMANY),
  );
  expect(funded.length).toBeGreaterThan(10);

  await filters.searchable('Funder').fill('germ');
  await filters.searchableOption(/^Germany/).click();
  await expect(page).toHaveURL(new RegExp(`funder=${GERMANY}`));
  await expect(filters.removeChip('Funder: Germany')).toBeVisible();

  const budget = sum(funded.map((p) => p.budgetUsd));
  await expect(explorer.summary).toHaveText(`${funded.length} projects · ${usd(budget)}`);
  await expect(explorer.table).toHaveAttribute('aria-rowcount', String(funded.length + 2));
  const totals = explorer.table.locator('tfoot');
  await expect(totals.locator('.explorer-col-budgetUsd')).toHaveText(usd(budget));
  await expect(await spentTotal(explorer)).toHaveText(usd(sum(funded.map((p) => p.spentUsd ?? 0))));
});

test('the Overview’s Spent equals the table’s spent total and the API’s sum', async ({
  page,
  shell,
  overview,
  explorer,
}) => {
  await page.goto('/?lang=en&region=africa');
  const tile = overview.tile('Spent');
  await expect(tile).toBeVisible();
  const africa = (await servedProjects(page)).filter((p) => p.region === 'africa');
  const spent = usd(sum(africa.map((p) => p.spentUsd ?? 0)));
  await expect(tile).toContainText(spent);
  await expect(overview.tile('Spent / budget')).toBeVisible();

  await shell.navLink('Projects').click();
  await expect(await spentTotal(explorer)).toHaveText(spent);
});

test('the page of RR.0083 shows its funder and its financial progress with the amounts', async ({
  page,
  project,
}) => {
  await page.goto('/projects/RR.0083?lang=en');
  const funding = project.funding;
  await expect(funding).toBeVisible();
  await expect(funding.getByRole('listitem').filter({ hasText: 'United States' })).toContainText(
    'XM-DAC-302',
  );
  await expect(funding).toContainText('Budget: US$200,000');
  await expect(funding).toContainText('Disbursed: US$196,850, 98.4% of the budget');
  await expect(funding).toContainText('Spent: US$196,850, 98.4% of the budget');
  await expect(funding.getByRole('table', { name: /per year/ }).getByRole('row')).toHaveCount(6);
});

test('the budget summary read for one funder states its sums and prints on one A4 page', async ({
  page,
  shell,
  budget,
}) => {
  await page.goto(`/budget?lang=en&funder=${GERMANY}`);
  // The mock API answers once the app has loaded through it.
  await expect(shell.title('Budget summary')).toBeVisible();
  const funded = (await servedProjects(page)).filter((p) =>
    p.funders?.some((f) => f.ref === GERMANY),
  );
  const part = sum(funded.map((p) => p.budgetUsd * shareOf(p, GERMANY)));
  const spentPart = sum(funded.map((p) => (p.spentUsd ?? 0) * shareOf(p, GERMANY)));
  const countries = new Set(funded.flatMap((p) => p.countries)).size;
  const share = new Intl.NumberFormat('en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(spentPart / part);
  await expect(
    page.getByText(
      `Germany: ${usd(part)} funded across ${funded.length} projects in ${countries} countries, ${share} spent.`,
    ),
  ).toBeVisible();
  const money = budget.moneyTable;
  await expect(money.locator('tfoot td').first()).toHaveText(
    Math.round(sum(funded.map((p) => p.budgetUsd))).toLocaleString('en-GB'),
  );
  expect(await printedA4Pages(page)).toBe(1);

  await budget.rowsBy('Country').click();
  expect(await printedA4Pages(page)).toBe(1);
});
