import type { Page } from '@playwright/test';
import { servedProjects } from './support/served';
import { expect, test } from './support/fixtures';
/** The whole dollars in a formatted amount, whatever the language's separators. */
const dollars = (text: string) => Number(text.replace(/[^\d]/g, ''));

async function africa(page: Page) {
  const served = await servedProjects(page);
  const projects = served.filter((p) => p.region === 'africa');
  return {
    count: projects.length,
    budget: projects.reduce((sum, p) => sum + p.budgetUsd, 0),
    all: served,
  };
}

test('the key figures are formatted the English way, then the French way', async ({
  page,
  shell,
  overview,
}) => {
  await page.goto('/?lang=en');
  await expect(shell.title('Overview')).toBeVisible();
  const { all } = await africa(page);
  const total = all.reduce((sum, p) => sum + p.budgetUsd, 0);
  await expect(overview.tile('Projects')).toContainText(
    new Intl.NumberFormat('en-GB').format(all.length),
  );
  await expect(overview.tile('Total budget')).toContainText(/US\$\d{1,3}(,\d{3})+/);
  expect(dollars((await overview.tile('Total budget').textContent()) ?? '')).toBe(
    Math.round(total),
  );
  await expect(overview.tile('Ongoing')).toContainText(/\d/);
  await expect(overview.tile('Countries')).toContainText(/\d/);

  await shell.language.selectOption({ label: 'Français' });
  await expect(shell.title('Vue d’ensemble')).toBeVisible();
  // French groups digits with a narrow no-break space (or a no-break space) and writes "$US" after.
  await expect(overview.tile('Budget total')).toContainText(
    /\d{1,3}([\u202f\u00a0]\d{3})+[\u202f\u00a0]\$US/,
  );
  await expect(overview.tile('Budget médian')).toContainText(/\$US/);
  await expect(overview.tile('Projets')).toContainText(/\d/);
});

test('clicking the Africa bar filters every screen by Africa', async ({
  page,
  shell,
  overview,
  explorer,
}) => {
  await page.goto('/?lang=en');
  const region = overview.chart('Budget by region');
  await expect(region.bars.first()).toBeVisible();
  const expected = await africa(page);
  const labels = await region.categoryLabels.allTextContents();
  await region.bars.nth(labels.indexOf('Africa')).click();

  await expect(page).toHaveURL(/region=africa/);
  await expect(overview.tile('Projects')).toContainText(String(expected.count));
  expect(dollars((await overview.tile('Total budget').textContent()) ?? '')).toBe(
    Math.round(expected.budget),
  );

  await shell.navLink('Projects').click();
  await expect(page).toHaveURL(/\/projects\?.*region=africa/);
  await expect(explorer.summary).toContainText(`${expected.count} projects · `);
  expect(dollars((await explorer.summary.textContent())?.split('·')[1] ?? '')).toBe(
    Math.round(expected.budget),
  );
});

test('Enter on a focused chart applies the bar the arrow keys reached', async ({
  page,
  overview,
}) => {
  await page.goto('/?lang=en');
  const region = overview.chart('Budget by region');
  const surface = region.surface;
  await expect(surface).toBeVisible();
  const labels = await region.categoryLabels.allTextContents();
  await surface.focus();
  // Focus shows the first bar; the bars run top to bottom, so Down moves to the next one.
  await expect(region.tooltip).toContainText(labels[0]!);
  await page.keyboard.press('ArrowDown');
  await expect(region.tooltip).toContainText(labels[1]!);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(region.tooltip).toContainText(labels[1]!);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/region=asia-oceania/);
});

test('a chart’s table holds its numbers: the region rows add up to the total budget', async ({
  page,
  overview,
}) => {
  await page.goto('/?lang=en');
  const region = overview.chart('Budget by region');
  await region.showAsTable.click();
  const rows = region.table.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const budgets = await rows.locator('td:nth-child(2)').allTextContents();
  const sum = budgets.reduce((s, text) => s + dollars(text), 0);
  const total = dollars((await overview.tile('Total budget').textContent()) ?? '');
  // Each row is rounded to whole dollars, so the sum may be off by up to half a dollar a row.
  expect(Math.abs(sum - total)).toBeLessThanOrEqual(budgets.length / 2);
  await expect(region.button('Filter by Africa')).toBeVisible();
});

test('the countries chart states the equal-split rule', async ({ page, overview }) => {
  await page.goto('/?lang=en');
  await expect(overview.chart('Top 15 benefiting countries').region).toContainText(
    "A project's budget is split equally among its benefiting states",
  );
});

// DESIGN §10 allows 1,500 elements; with the funder and spending charts (§11) the overview uses
// most of it (about 1,480 when stacked by type), so the check is the budget itself.
test('the overview stays within the DOM budget whichever way the years are stacked', async ({
  page,
  overview,
}) => {
  const years = overview.chart('Budget by funding year');
  await page.goto('/?lang=en');
  await expect(years.bars.first()).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThanOrEqual(
    1500,
  );
  await years.button('Project type').click();
  await expect(years.button('Project type')).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThanOrEqual(
    1500,
  );
});
