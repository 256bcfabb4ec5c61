import { expect, test, type Page } from '@playwright/test';
import { servedProjects, summary } from './support/explorer';

const tile = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const card = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
/** The whole dollars in a formatted amount, whatever the language's separators. */
const dollars = (text: string) => Number(text.replace(/[^\d]/g, ''));

async function africa(page: Page) {
  const served = (await servedProjects(page)) as unknown as { region: string; budgetUsd: number }[];
  const projects = served.filter((p) => p.region === 'africa');
  return {
    count: projects.length,
    budget: projects.reduce((sum, p) => sum + p.budgetUsd, 0),
    all: served,
  };
}

test('the key figures are formatted the English way, then the French way', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const { all } = await africa(page);
  const total = all.reduce((sum, p) => sum + p.budgetUsd, 0);
  await expect(tile(page, 'Projects')).toContainText(
    new Intl.NumberFormat('en-GB').format(all.length),
  );
  await expect(tile(page, 'Total budget')).toContainText(/US\$\d{1,3}(,\d{3})+/);
  expect(dollars((await tile(page, 'Total budget').textContent()) ?? '')).toBe(Math.round(total));
  await expect(tile(page, 'Ongoing')).toContainText(/\d/);
  await expect(tile(page, 'Countries')).toContainText(/\d/);

  await page.getByLabel('Language').selectOption({ label: 'Français' });
  await expect(page.getByRole('heading', { level: 1, name: 'Vue d’ensemble' })).toBeVisible();
  // French groups digits with a narrow no-break space (or a no-break space) and writes "$US" after.
  await expect(tile(page, 'Budget total')).toContainText(
    /\d{1,3}([\u202f\u00a0]\d{3})+[\u202f\u00a0]\$US/,
  );
  await expect(tile(page, 'Budget médian')).toContainText(/\$US/);
  await expect(tile(page, 'Projets')).toContainText(/\d/);
});

test('clicking the Africa bar filters every screen by Africa', async ({ page }) => {
  await page.goto('/?lang=en');
  const region = card(page, 'Budget by region');
  await expect(region.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const expected = await africa(page);
  const labels = await region.locator('.category-tick').allTextContents();
  await region.locator('.recharts-bar-rectangle').nth(labels.indexOf('Africa')).click();

  await expect(page).toHaveURL(/region=africa/);
  await expect(tile(page, 'Projects')).toContainText(String(expected.count));
  expect(dollars((await tile(page, 'Total budget').textContent()) ?? '')).toBe(
    Math.round(expected.budget),
  );

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Projects', exact: true })
    .click();
  await expect(page).toHaveURL(/\/projects\?.*region=africa/);
  await expect(summary(page)).toContainText(`${expected.count} projects · `);
  expect(dollars((await summary(page).textContent())?.split('·')[1] ?? '')).toBe(
    Math.round(expected.budget),
  );
});

test('Enter on a focused chart applies the bar the arrow keys reached', async ({ page }) => {
  await page.goto('/?lang=en');
  const region = card(page, 'Budget by region');
  const surface = region.locator('svg.recharts-surface');
  await expect(surface).toBeVisible();
  const labels = await region.locator('.category-tick').allTextContents();
  await surface.focus();
  // Focus shows the first bar; the bars run top to bottom, so Down moves to the next one.
  await expect(region.locator('.chart-tooltip')).toContainText(labels[0]!);
  await page.keyboard.press('ArrowDown');
  await expect(region.locator('.chart-tooltip')).toContainText(labels[1]!);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(region.locator('.chart-tooltip')).toContainText(labels[1]!);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/region=asia-oceania/);
});

test('a chart’s table holds its numbers: the region rows add up to the total budget', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  const region = card(page, 'Budget by region');
  await region.getByRole('button', { name: 'Show as table' }).click();
  const rows = region.getByRole('table').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const budgets = await rows.locator('td:nth-child(2)').allTextContents();
  const sum = budgets.reduce((s, text) => s + dollars(text), 0);
  const total = dollars((await tile(page, 'Total budget').textContent()) ?? '');
  // Each row is rounded to whole dollars, so the sum may be off by up to half a dollar a row.
  expect(Math.abs(sum - total)).toBeLessThanOrEqual(budgets.length / 2);
  await expect(region.getByRole('button', { name: 'Filter by Africa' })).toBeVisible();
});

test('the countries chart states the equal-split rule', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(card(page, 'Top 15 benefiting countries')).toContainText(
    "A project's budget is split equally among its benefiting states",
  );
});

// DESIGN §10 allows 1,500 elements; with the funder and spending charts (§11) the overview uses
// most of it (about 1,480 when stacked by type), so the check is the budget itself.
test('the overview stays within the DOM budget whichever way the years are stacked', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await expect(
    card(page, 'Budget by funding year').locator('.recharts-bar-rectangle').first(),
  ).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThanOrEqual(
    1500,
  );
  await card(page, 'Budget by funding year')
    .getByRole('button', { name: 'Project type', exact: true })
    .click();
  await expect(
    card(page, 'Budget by funding year').getByRole('button', { name: 'Project type', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThanOrEqual(
    1500,
  );
});
