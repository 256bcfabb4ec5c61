import type { Page } from '@playwright/test';
import { tableRowIds } from './support/explorer';
import { expect, test } from './support/fixtures';
import { MapScreen } from './support/pages';
import { servedProjects, type Served } from './support/served';

/** Budget split equally among each project's states, and project counts, written out independently. */
function equalSplit(projects: readonly Served[]): Map<string, { budget: number; count: number }> {
  const totals = new Map<string, { budget: number; count: number }>();
  for (const p of projects) {
    for (const c of p.countries) {
      const t = totals.get(c) ?? { budget: 0, count: 0 };
      t.budget += p.budgetUsd / p.countries.length;
      t.count += 1;
      totals.set(c, t);
    }
  }
  return totals;
}

/** The map's table view as code → budget and count, parsed from what it shows (English formats). */
async function mapTable(page: Page): Promise<Map<string, { budget: number; count: number }>> {
  const map = new MapScreen(page);
  await map.showAsTable().click();
  const table = map.table('Budget by benefiting state');
  await expect(table).toBeVisible();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );
  const number = (text: string) => Number(text.replace(/[^\d.]/g, ''));
  return new Map(
    rows.map(([, code, , budget, count]) => [
      code!,
      { budget: number(budget!), count: number(count!) },
    ]),
  );
}

/** The map's table view as the state's name → its budget and count cells, as shown. */
async function mapTableByName(page: Page): Promise<Map<string, { budget: string; count: string }>> {
  const map = new MapScreen(page);
  await map.showAsTable().click();
  const rows = await map
    .table('Budget by benefiting state')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );
  return new Map(
    rows.map(([name, , , budget, count]) => [name!, { budget: budget!, count: count! }]),
  );
}

function expectSameTotals(
  shown: Map<string, { budget: number; count: number }>,
  expected: Map<string, { budget: number; count: number }>,
) {
  expect([...shown.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [code, { budget, count }] of expected) {
    expect(shown.get(code)?.count, code).toBe(count);
    expect(Math.abs(shown.get(code)!.budget - budget), code).toBeLessThanOrEqual(0.5); // shown to the dollar
  }
}

let foreign: string[] = [];

// No request may leave the app's origin: no tile server, no font or script from elsewhere.
test.beforeEach(async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const isForeign = (url: string) => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin;
  foreign = [];
  page.context().on('request', (request) => {
    if (isForeign(request.url())) foreign.push(request.url());
  });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (!isForeign(url)) return route.fallback();
    foreign.push(url);
    return route.abort();
  });
});

test.afterEach(() => {
  expect(foreign, 'requests to other origins').toEqual([]);
});

test('clicking China applies the Country filter, and the map then counts only projects benefiting China', async ({
  page,
  map,
}) => {
  await page.goto('/map?lang=en');
  await expect(map.state('China')).toHaveAccessibleName(
    /^China: US\$[\d,]+ attributed to this state \(equal split\), of projects totalling US\$[\d,]+ · \d+ projects?$/,
  );
  await map.state('China').click();
  await expect(page).toHaveURL(/[?&]country=CN(&|$)/);
  await expect(map.state('China')).toHaveAttribute('aria-pressed', 'true');
  const withChina = (await servedProjects(page)).filter((p) => p.countries.includes('CN'));
  expectSameTotals(await mapTable(page), equalSplit(withChina));
});

test('the Projects table then holds only projects benefiting China', async ({
  page,
  shell,
  map,
  explorer,
}) => {
  await page.goto('/map?lang=en');
  await map.state('China').click();
  await expect(page).toHaveURL(/[?&]country=CN(&|$)/);
  const expected = (await servedProjects(page)).filter((p) => p.countries.includes('CN'));
  await shell.navLink('Projects').click();
  await expect(page).toHaveURL(/\/projects\?.*country=CN/);
  await expect(explorer.summary).toContainText(new RegExp(`^${expected.length} projects? · `));
  expect((await tableRowIds(page)).sort()).toEqual(expected.map((p) => p.id).sort());
  const header = explorer.table.getByRole('columnheader', { name: /Benefiting states/ });
  // The table draws the columns in view: the column's cells are there once it is scrolled to.
  await header.scrollIntoViewIfNeeded();
  const column = await header.getAttribute('aria-colindex');
  await expect(explorer.rows.first().locator(`td[aria-colindex="${column}"]`)).toBeVisible();
  const cells = await explorer.rows.evaluateAll(
    (trs, i) => trs.map((tr) => tr.querySelector(`td[aria-colindex="${i}"]`)?.textContent ?? ''),
    column,
  );
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) expect(cell).toContain('China');
});

test('the map’s totals equal the Overview’s top countries chart', async ({
  page,
  shell,
  overview,
  map,
}) => {
  await page.goto('/?lang=en');
  const countries = overview.chart(/^Top \d+ benefiting countries$/);
  await countries.showAsTable.click();
  const shown = await countries.table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );
  expect(shown.length).toBeGreaterThan(5);
  await shell.navLink('Map').click();
  await expect(map.state('China')).toBeVisible();
  const byName = await mapTableByName(page);
  for (const [name, budget, count] of shown) {
    expect(byName.get(name!), name).toEqual({ budget: budget, count: count });
  }
});

test('the map’s per-country totals equal an equal split over the API’s projects, with and without filters', async ({
  page,
  map,
}) => {
  await page.goto('/map?lang=en');
  await expect(map.state('China')).toBeVisible();
  const projects = await servedProjects(page);
  expectSameTotals(await mapTable(page), equalSplit(projects));

  await page.goto('/map?lang=en&region=africa');
  await expect(map.state('Kenya')).toBeVisible();
  expectSameTotals(await mapTable(page), equalSplit(projects.filter((p) => p.region === 'africa')));
});

test('states are reachable by keyboard: focus shows the tooltip and Enter filters', async ({
  page,
  map,
}) => {
  await page.goto('/map?lang=en');
  await map.state('China').focus();
  await expect(map.tooltip).toContainText('China');
  await expect(map.tooltip).toContainText(/Attributed to this state \(equal split\): US\$[\d,]+/);
  await expect(map.tooltip).toContainText(/Total of its projects: US\$[\d,]+/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]country=CN(&|$)/);
});

test('the map is used fully without a request leaving the origin', async ({ page, shell, map }) => {
  await page.goto('/map?lang=en');
  await map.state('China').hover();
  await expect(map.tooltip).toContainText('China');
  await map.measure('Projects').click();
  await expect(map.heading('Projects by benefiting state')).toBeVisible();
  await map.highlight.selectOption({ label: 'Africa' });
  await expect(map.highlighted).toHaveCount(1);
  await map.tooSmall.first().click();
  await expect(page).toHaveURL(/[?&]country=[A-Z]{2}(&|$)/);
  await map.showAsTable().click();
  await expect(map.table('Projects by benefiting state')).toBeVisible();
  await shell.language.selectOption({ label: 'Français' });
  await expect(map.heading('Carte des États bénéficiaires')).toBeVisible();
  expect(foreign).toEqual([]);
});

test('the map speaks French: names, amounts, counts and legend', async ({ page, map }) => {
  await page.goto('/map?lang=fr');
  const chine = map.state('Chine');
  await expect(chine).toHaveAccessibleName(
    /^Chine : \d[\d\s]*\s\$US attribués à cet État \(répartition égale\), sur des projets totalisant \d[\d\s]*\s\$US · \d+ projets?$/,
  );
  await expect(map.figure('Budget (USD)')).toContainText('Aucun projet');
  await chine.hover();
  await expect(map.tooltip).toContainText(
    /Attribué à cet État \(répartition égale\) : \d[\d\s]*\s\$US/,
  );
});
