import { expect, test } from '@playwright/test';
import {
  exportCsv,
  projectsTable,
  readCsv,
  servedProjects,
  summary,
  tableRowIds,
} from '../e2e/support/explorer';

/* The dashboard on the data service (`npm start`): no mock API, the data comes from PGlite. */

test('loads the portfolio from the server, not from a mock', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
  const health = await (await page.request.get('/api/health')).json();
  expect(health).toMatchObject({ status: 'ok', database: 'pglite', projectCount: 600 });
  await page.goto('/projects?lang=en');
  await expect(summary(page)).toContainText('600 projects · ');
});

test('filters, opens a project page and exports the filtered rows as CSV', async ({ page }) => {
  await page.goto('/projects?lang=en');
  await expect(projectsTable(page)).toBeVisible();
  const served = await servedProjects(page);
  const asia = served.filter((p) => p.region === 'asia-oceania');
  await page
    .getByRole('group', { name: 'Region' })
    .getByRole('checkbox', { name: /Asia and Oceania/ })
    .check();
  await expect(summary(page)).toContainText(`${asia.length} projects · `);
  await expect(page).toHaveURL(/region=asia-oceania/);

  const ids = await tableRowIds(page);
  expect([...ids].sort()).toEqual(asia.map((p) => p.id).sort());
  const download = await exportCsv(page);
  const { rows, col } = await readCsv(download);
  expect(rows.map((r) => r[col('id')])).toEqual(ids);

  await page.goto('/projects/RR.0083?lang=en');
  await expect(
    page.getByRole('heading', { level: 1, name: /pre-feasibility of an AVRR programme in China/ }),
  ).toBeVisible();
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
