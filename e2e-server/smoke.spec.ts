import { exportCsv, readCsv, tableRowIds } from '../e2e/support/explorer';
import { expect, test } from '../e2e/support/fixtures';
import { servedProjects } from '../e2e/support/served';

/* The dashboard on the data service (`npm start`): no mock API, the data comes from PGlite. */

test('loads the portfolio from the server, not from a mock', async ({ page, shell, explorer }) => {
  await page.goto('/?lang=en');
  await expect(shell.heading).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
  const health = await (await page.request.get('/api/health')).json();
  expect(health).toMatchObject({ status: 'ok', database: 'pglite', projectCount: 600 });
  await page.goto('/projects?lang=en');
  await expect(explorer.summary).toContainText('600 projects · ');
});

test('filters, opens a project page and exports the filtered rows as CSV', async ({
  page,
  shell,
  filters,
  explorer,
}) => {
  await page.goto('/projects?lang=en');
  await expect(explorer.table).toBeVisible();
  const served = await servedProjects(page);
  const asia = served.filter((p) => p.region === 'asia-oceania');
  await filters.option('Region', /Asia and Oceania/).check();
  await expect(explorer.summary).toContainText(`${asia.length} projects · `);
  await expect(page).toHaveURL(/region=asia-oceania/);

  const ids = await tableRowIds(page);
  expect([...ids].sort()).toEqual(asia.map((p) => p.id).sort());
  const download = await exportCsv(page);
  const { rows, col } = await readCsv(download);
  expect(rows.map((r) => r[col('id')])).toEqual(ids);

  await page.goto('/projects/RR.0083?lang=en');
  await expect(shell.title(/pre-feasibility of an AVRR programme in China/)).toBeVisible();
  await expect(page.getByText(/National Immigration Administration/).first()).toBeVisible();
});

test('an unknown project id shows the app’s not-found page, and the API a JSON 404', async ({
  page,
}) => {
  const api = await page.request.get('/api/projects/NO.SUCH');
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: 'not_found', message: expect.any(String) });
  await page.goto('/projects/NO.SUCH?lang=en');
  await expect(page.getByText(/NO\.SUCH/).first()).toBeVisible();
});
