import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { projectsTable, summary, tableRowIds } from './support/explorer';

interface ApiProject {
  id: string;
  region: string;
  budgetUsd: number;
  countries: string[];
}

/** Every project from the API, read in the page (the mock API answers there), page by page. */
async function fetchProjects(page: Page): Promise<ApiProject[]> {
  return page.evaluate(async () => {
    const items: ApiProject[] = [];
    let total = Infinity;
    for (let offset = 0; offset < total; offset += 5000) {
      const body = (await (await fetch(`/api/projects?offset=${offset}&limit=5000`)).json()) as {
        total: number;
        items: ApiProject[];
      };
      total = body.total;
      items.push(...body.items);
      if (body.items.length === 0) break;
    }
    return items;
  });
}

/** Budget split equally among each project's states, and project counts, written out independently. */
function equalSplit(
  projects: readonly ApiProject[],
): Map<string, { budget: number; count: number }> {
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
  await page.getByRole('button', { name: 'Show as table' }).click();
  const table = page.getByRole('table', { name: 'Budget by benefiting state' });
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
  await page.getByRole('button', { name: 'Show as table' }).click();
  const rows = await page
    .getByRole('table', { name: 'Budget by benefiting state' })
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

const china = (page: Page) => page.getByRole('button', { name: /^China: / });

test('clicking China applies the Country filter, and the map then counts only projects benefiting China', async ({
  page,
}) => {
  await page.goto('/map?lang=en');
  await expect(china(page)).toHaveAccessibleName(
    /^China: US\$[\d,]+ attributed to this state \(equal split\), of projects totalling US\$[\d,]+ · \d+ projects?$/,
  );
  await china(page).click();
  await expect(page).toHaveURL(/[?&]country=CN(&|$)/);
  await expect(china(page)).toHaveAttribute('aria-pressed', 'true');
  const withChina = (await fetchProjects(page)).filter((p) => p.countries.includes('CN'));
  expectSameTotals(await mapTable(page), equalSplit(withChina));
});

test('the Projects table then holds only projects benefiting China', async ({ page }) => {
  await page.goto('/map?lang=en');
  await china(page).click();
  await expect(page).toHaveURL(/[?&]country=CN(&|$)/);
  const expected = (await fetchProjects(page)).filter((p) => p.countries.includes('CN'));
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Projects', exact: true })
    .click();
  await expect(page).toHaveURL(/\/projects\?.*country=CN/);
  await expect(summary(page)).toContainText(new RegExp(`^${expected.length} projects? · `));
  expect((await tableRowIds(page)).sort()).toEqual(expected.map((p) => p.id).sort());
  const header = projectsTable(page).getByRole('columnheader', { name: /Benefiting states/ });
  const column = await header.evaluate((th) => [...th.parentElement!.children].indexOf(th));
  const cells = await projectsTable(page)
    .locator('tbody tr[data-id]')
    .evaluateAll((trs, i) => trs.map((tr) => tr.children[i]?.textContent ?? ''), column);
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) expect(cell).toContain('China');
});

test('the map’s totals equal the Overview’s top countries chart', async ({ page }) => {
  await page.goto('/?lang=en');
  const countries = page.getByRole('region', { name: /^Top \d+ benefiting countries$/ });
  await countries.getByRole('button', { name: 'Show as table' }).click();
  const overview = await countries
    .getByRole('table')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );
  expect(overview.length).toBeGreaterThan(5);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Map' }).click();
  await expect(china(page)).toBeVisible();
  const byName = await mapTableByName(page);
  for (const [name, budget, count] of overview) {
    expect(byName.get(name!), name).toEqual({ budget: budget, count: count });
  }
});

test('the map’s per-country totals equal an equal split over the API’s projects, with and without filters', async ({
  page,
}) => {
  await page.goto('/map?lang=en');
  await expect(china(page)).toBeVisible();
  const projects = await fetchProjects(page);
  expectSameTotals(await mapTable(page), equalSplit(projects));

  await page.goto('/map?lang=en&region=africa');
  await expect(page.getByRole('button', { name: /^Kenya: / })).toBeVisible();
  expectSameTotals(await mapTable(page), equalSplit(projects.filter((p) => p.region === 'africa')));
});

test('states are reachable by keyboard: focus shows the tooltip and Enter filters', async ({
  page,
}) => {
  await page.goto('/map?lang=en');
  await china(page).focus();
  await expect(page.locator('.map-tooltip')).toContainText('China');
  await expect(page.locator('.map-tooltip')).toContainText(
    /Attributed to this state \(equal split\): US\$[\d,]+/,
  );
  await expect(page.locator('.map-tooltip')).toContainText(/Total of its projects: US\$[\d,]+/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]country=CN(&|$)/);
});

test('the map is used fully without a request leaving the origin', async ({ page }) => {
  await page.goto('/map?lang=en');
  await china(page).hover();
  await expect(page.locator('.map-tooltip')).toContainText('China');
  await page
    .getByRole('group', { name: 'Measure' })
    .getByRole('button', { name: 'Projects' })
    .click();
  await expect(page.getByRole('heading', { name: 'Projects by benefiting state' })).toBeVisible();
  await page.getByLabel('Highlight region').selectOption({ label: 'Africa' });
  await expect(page.locator('.map-highlight')).toHaveCount(1);
  await page
    .getByRole('list', { name: 'States too small to draw' })
    .getByRole('button')
    .first()
    .click();
  await expect(page).toHaveURL(/[?&]country=[A-Z]{2}(&|$)/);
  await page.getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByRole('table', { name: 'Projects by benefiting state' })).toBeVisible();
  await page.getByLabel('Language').selectOption({ label: 'Français' });
  await expect(page.getByRole('heading', { name: 'Carte des États bénéficiaires' })).toBeVisible();
  expect(foreign).toEqual([]);
});

test('the map speaks French: names, amounts, counts and legend', async ({ page }) => {
  await page.goto('/map?lang=fr');
  const chine = page.getByRole('button', { name: /^Chine : / });
  await expect(chine).toHaveAccessibleName(
    /^Chine : \d[\d\s]*\s\$US attribués à cet État \(répartition égale\), sur des projets totalisant \d[\d\s]*\s\$US · \d+ projets?$/,
  );
  await expect(page.getByRole('figure', { name: 'Budget (USD)' })).toContainText('Aucun projet');
  await chine.hover();
  await expect(page.locator('.map-tooltip')).toContainText(
    /Attribué à cet État \(répartition égale\) : \d[\d\s]*\s\$US/,
  );
});

for (const lang of ['en', 'fr']) {
  test(`the drawn map, its tooltip and its table have no serious accessibility violation (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/map?lang=${lang}&region=asia-oceania`);
    const state = page.getByRole('button', { name: lang === 'en' ? /^China: / : /^Chine : / });
    await state.focus();
    await expect(page.locator('.map-tooltip')).toBeVisible();
    const serious = async () =>
      (
        await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze()
      ).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
    expect(await serious()).toEqual([]);
    await page
      .getByRole('button', {
        name: lang === 'en' ? 'Show as table' : 'Afficher sous forme de tableau',
      })
      .click();
    await expect(page.getByRole('table')).toBeVisible();
    expect(await serious()).toEqual([]);
  });
}
