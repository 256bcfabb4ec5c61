import { BUDGET } from './support/browser';
import { exportCsv, readCsv, tableRowIds } from './support/explorer';
import { servedProjects } from './support/served';
import { expect, test } from './support/fixtures';

test('Region and Status filters: the engine’s count, kept in the URL, restored by reload and Back', async ({
  page,
  filters,
  explorer,
}) => {
  await page.goto('/projects?lang=en');
  await expect(explorer.table).toBeVisible();
  const served = await servedProjects(page);
  const asia = served.filter((p) => p.region === 'asia-oceania');
  const asiaCompleted = asia.filter((p) => p.status === 'completed');
  expect(asiaCompleted.length).toBeGreaterThan(0);

  await filters.option('Region', /Asia and Oceania/).check();
  await expect(explorer.summary).toContainText(`${asia.length} projects · `);
  await filters.option('Status', /Completed/).check();
  await expect(explorer.summary).toContainText(`${asiaCompleted.length} projects · `);
  await expect(explorer.table).toHaveAttribute('aria-rowcount', String(asiaCompleted.length + 2));
  await expect(page).toHaveURL(/region=asia-oceania/);
  await expect(page).toHaveURL(/status=completed/);

  await page.reload();
  await expect(explorer.summary).toContainText(`${asiaCompleted.length} projects · `);
  await expect(filters.option('Status', /Completed/)).toBeChecked();

  await page.goBack();
  await expect(page).not.toHaveURL(/status=/);
  await expect(explorer.summary).toContainText(`${asia.length} projects · `);
  await expect(filters.option('Status', /Completed/)).not.toBeChecked();
  await expect(filters.option('Region', /Asia and Oceania/)).toBeChecked();
});

test('Export CSV holds exactly the filtered rows in the table’s order, with the BOM and accents intact', async ({
  page,
  explorer,
}) => {
  await page.goto('/projects?lang=en&region=asia-oceania&status=completed');
  await expect(explorer.table).toBeVisible();
  const served = await servedProjects(page);
  const expected = served.filter((p) => p.region === 'asia-oceania' && p.status === 'completed');
  await explorer.table.getByRole('button', { name: 'Title' }).click();
  await expect(page).toHaveURL(/sort=title(:|%3A)asc/);
  await expect(explorer.table.getByRole('columnheader', { name: /^Title/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  const ids = await tableRowIds(page);
  expect([...ids].sort()).toEqual(expected.map((p) => p.id).sort());
  const download = await exportCsv(page);
  expect(download.suggestedFilename()).toMatch(
    /^portfolio-\d{4}-\d{2}-\d{2}-region-asia-oceania-status-completed\.csv$/,
  );
  const { bytes, rows, col } = await readCsv(download);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(rows.map((r) => r[col('id')])).toEqual(ids);

  const titleById = new Map(served.map((p) => [p.id, p.title]));
  for (const row of rows) expect(row[col('title')]).toBe(titleById.get(row[col('id')]!));
  const accented = expected.filter((p) => /[À-ÿ’]/.test(p.title));
  for (const project of accented)
    expect(rows.some((r) => r[col('title')] === project.title)).toBe(true);
  expect(rows[0]![col('link')]).toBe(`${new URL(page.url()).origin}/projects/${ids[0]}`);
});

test('hostile titles: formula triggers are neutralised in the CSV, markup shows as text', async ({
  page,
  filters,
  explorer,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/projects?lang=en&mock=hostile-records');
  await expect(explorer.table).toBeVisible();
  const hostile = (await servedProjects(page)).filter((p) => /^[=+\-@<]/.test(p.title));
  expect(hostile.map((p) => p.title[0])).toEqual(expect.arrayContaining(['=', '+', '-', '@', '<']));
  await expect(
    page.getByRole('link', { name: '<img src=x onerror=alert(1)> Border management training' }),
  ).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  await filters.search.fill(hostile[0]!.primaId.slice(0, 5));
  await filters.search.press('Enter');
  await expect(explorer.summary).toContainText(`${hostile.length} projects · `);
  await expect(page).toHaveURL(/mock=hostile-records/);
  const { rows, col } = await readCsv(await exportCsv(page));
  const titles = rows.map((r) => r[col('title')]);
  const formula = hostile.find((p) => p.title.startsWith('='))!;
  expect(titles).toContain(`'${formula.title}`);
  for (const project of hostile.filter((p) => /^[=+\-@]/.test(p.title)))
    expect(titles).toContain(`'${project.title}`);
  expect(titles).toContain('<img src=x onerror=alert(1)> Border management training');
  expect(dialogs).toEqual([]);
});

test('keyboard: Tab reaches a row’s link and Enter opens the project page with the filters kept', async ({
  page,
  explorer,
}) => {
  await page.goto('/projects?lang=en&region=asia-oceania');
  const table = explorer.table;
  await expect(table).toBeVisible();
  const lastHeader = table.getByRole('columnheader').last().getByRole('button');
  await lastHeader.focus();
  await page.keyboard.press('Tab');
  const firstLink = explorer.rows.first().getByRole('link');
  await expect(firstLink).toBeFocused();
  const id = await explorer.rows.first().getAttribute('data-id');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(
    new RegExp(`/projects/${id!.replace('.', '\\.')}\\?.*region=asia-oceania`),
  );
});

test('Search ignores accents: “reintegration” finds “réintégration”', async ({
  page,
  filters,
  explorer,
}) => {
  await page.goto('/projects?lang=en');
  await expect(explorer.table).toBeVisible();
  const plain = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const expected = (await servedProjects(page)).filter((p) =>
    plain(p.title).includes('reintegration durable'),
  );
  expect(expected.some((p) => p.title.includes('réintégration'))).toBe(true);

  await filters.search.fill('reintegration durable');
  await expect(explorer.summary).toContainText(
    `${expected.length} project${expected.length === 1 ? '' : 's'} · `,
  );
  await expect(
    explorer.table.getByRole('link', { name: /réintégration durable/ }).first(),
  ).toBeVisible();
});

test('100,000 projects: only the visible rows are in the DOM, and the last row is reachable', async ({
  page,
  explorer,
}) => {
  test.setTimeout(BUDGET.largePortfolioTest);
  await page.goto('/projects?lang=en&mockCount=100000');
  const table = explorer.table;
  await expect(table).toHaveAttribute('aria-rowcount', '100002', {
    timeout: BUDGET.largePortfolioLoad,
  });
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(1500);
  await table.locator('xpath=..').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(table.locator('tbody tr[aria-rowindex="100001"]')).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(1500);
});

test('the table draws the columns in view: the scroll width is every column’s, and scrolling sideways draws the rest', async ({
  page,
  explorer,
}) => {
  await page.goto('/projects?lang=en');
  await expect(explorer.rows.first()).toBeVisible();
  const headers = explorer.table.getByRole('columnheader');
  const count = await headers.count();
  await expect(explorer.table).toHaveAttribute('aria-colcount', String(count));
  // The scroll extent is that of every column, drawn or not.
  const widths = await headers.evaluateAll((ths) =>
    ths.map((th) => th.getBoundingClientRect().width),
  );
  const sum = widths.reduce((a, b) => a + b, 0);
  const extent = await explorer.scroller.evaluate((box) => box.scrollWidth);
  expect(Math.abs(extent - sum)).toBeLessThanOrEqual(2);
  const drawn = () =>
    explorer.rows
      .first()
      .evaluate((tr) =>
        [...tr.querySelectorAll('td[aria-colindex]')].map((td) =>
          Number(td.getAttribute('aria-colindex')),
        ),
      );
  // At the left, the last column is not drawn; at the right end it is, and the first few are not.
  expect(await drawn()).not.toContain(count);
  await explorer.scroller.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
  await expect.poll(drawn).toContain(count);
  expect(await drawn()).not.toContain(2);
  expect(await explorer.scroller.evaluate((box) => box.scrollWidth)).toBe(extent);
  // The last column's cells line up under its heading.
  const [cell, heading] = await Promise.all([
    explorer.rows.first().locator(`td[aria-colindex="${count}"]`).boundingBox(),
    headers.last().boundingBox(),
  ]);
  expect(Math.abs(cell!.x - heading!.x)).toBeLessThanOrEqual(1);
});
