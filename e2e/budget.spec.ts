import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';

/** The number an amount shows, whatever the language's grouping: "US$102,510,300" → 102510300. */
const amountIn = (text: string) => Number(text.replace(/[^\d]/g, ''));

const pivot = (page: Page) =>
  page.getByRole('table', {
    name: /^(Budget \(USD\) by|Budget \(USD\) par|Presupuesto \(USD\) por)/,
  });
const grandTotal = (page: Page) => pivot(page).locator('tfoot td').last();
const rowsSwitch = (page: Page) => page.getByRole('group', { name: /^(Rows|Lignes|Filas)$/ });

/** The sum of the budgets the mock API serves for a region (every region when none is given). */
async function servedTotal(page: Page, region?: string): Promise<number> {
  return page.evaluate(async (only) => {
    const body = (await (await fetch('/api/projects?offset=0&limit=5000')).json()) as {
      items: { budgetUsd: number; region: string }[];
    };
    return body.items
      .filter((p) => !only || p.region === only)
      .reduce((s, p) => s + p.budgetUsd, 0);
  }, region);
}

/** Prints the page as Chromium does to an A4 PDF and counts its pages. */
async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  // The trend is redrawn at the page's width once printing starts.
  const chart = page
    .getByRole('img', { name: /cumulative budget|budget cumulé|presupuesto acumulado/i })
    .locator('svg')
    .first();
  await expect.poll(async () => Number(await chart.getAttribute('width'))).toBeLessThanOrEqual(703);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

test('the grand total stays the portfolio total with rows by region, type or country', async ({
  page,
}) => {
  await page.goto('/budget?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Budget summary' })).toBeVisible();
  const total = await servedTotal(page);
  await expect(
    page.getByText(
      `All projects, no filters applied. 600 projects, total budget US$${total.toLocaleString('en-GB')}.`,
    ),
  ).toBeVisible();
  expect(amountIn(await grandTotal(page).innerText())).toBe(total);

  await rowsSwitch(page).getByRole('button', { name: 'Project type' }).click();
  await expect(rowsSwitch(page).getByRole('button', { name: 'Project type' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(pivot(page)).toHaveAccessibleName(/by project type/);
  await expect(pivot(page).getByRole('rowheader', { name: 'Counter-trafficking' })).toBeVisible();
  expect(amountIn(await grandTotal(page).innerText())).toBe(total);

  await rowsSwitch(page).getByRole('button', { name: 'Country' }).click();
  await expect(pivot(page)).toHaveAccessibleName(/by benefiting state/);
  await expect(
    pivot(page).getByRole('rowheader', { name: /^Other countries \(\d+\)$/ }),
  ).toBeVisible();
  await expect(page.getByText(/counts an equal share of its budget in each/)).toBeVisible();
  expect(amountIn(await grandTotal(page).innerText())).toBe(total);

  // Every country on request; the total does not move.
  await page.getByRole('button', { name: /^Show all \d+ countries$/ }).click();
  await expect(pivot(page).getByRole('rowheader', { name: /^Other countries/ })).toBeHidden();
  await expect(pivot(page).getByRole('rowheader', { name: 'China' })).toBeVisible();
  expect(amountIn(await grandTotal(page).innerText())).toBe(total);
});

test('the filtered summary says which filters apply and totals the same as the Projects screen', async ({
  page,
}) => {
  await page.goto('/budget?lang=en&region=africa');
  await expect(
    page.getByText(/^Filters applied: Region: Africa\. \d+ projects, total budget/),
  ).toBeVisible();
  const africa = await servedTotal(page, 'africa');
  expect(amountIn(await grandTotal(page).innerText())).toBe(africa);
  await rowsSwitch(page).getByRole('button', { name: 'Country' }).click();
  expect(amountIn(await grandTotal(page).innerText())).toBe(africa);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Projects', exact: true })
    .click();
  const summary = page.getByRole('status').filter({ hasText: /projects? · / });
  await expect(summary).toContainText(africa.toLocaleString('en-GB'));
});

test('the summary prints on exactly one A4 page, rows by region and by country', async ({
  page,
}) => {
  await page.goto('/budget?lang=en');
  await expect(grandTotal(page)).toBeVisible();
  expect(await printedPages(page)).toBe(1);

  await rowsSwitch(page).getByRole('button', { name: 'Country' }).click();
  await page.getByRole('button', { name: /^Show all \d+ countries$/ }).click();
  expect(await printedPages(page)).toBe(1);

  await page.goto('/budget?lang=fr&region=africa,asia-oceania');
  await rowsSwitch(page).getByRole('button', { name: 'Pays' }).click();
  expect(await printedPages(page)).toBe(1);
});

test('in print the summary keeps its title, filters and data date, adds the countries up and fits the page width', async ({
  page,
}) => {
  // The printable width of A4 portrait with 12 mm margins, in CSS pixels.
  await page.setViewportSize({ width: 703, height: 1000 });
  await page.goto('/budget?lang=en&status=completed');
  await rowsSwitch(page).getByRole('button', { name: 'Country' }).click();
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('heading', { level: 1, name: 'Budget summary' })).toBeVisible();
  await expect(page.getByText(/^Filters applied: Status: Completed\./)).toBeVisible();
  await expect(
    page.getByRole('main').getByText(/^Data as of 31 October 2026 · Source: /),
  ).toBeVisible();
  for (const hidden of [
    page.getByRole('navigation', { name: 'Main' }),
    page.getByRole('button', { name: 'Print' }),
    page.getByRole('button', { name: 'Clear filters' }),
    rowsSwitch(page),
    page.getByRole('contentinfo'),
  ]) {
    await expect(hidden).toBeHidden();
  }
  const other = pivot(page).getByRole('rowheader', { name: /^Other countries \(\d+\)$/ });
  await expect(other).toBeVisible();
  const addedUp = Number((await other.innerText()).match(/\d+/)![0]);
  await expect(
    page.getByText(
      `Printed: the 25 countries with the largest budgets; the other ${addedUp} are added up in “Other countries”.`,
      { exact: false },
    ),
  ).toBeVisible();
  await expect(pivot(page).locator('tbody tr:visible')).toHaveCount(26);
  await expect(pivot(page)).toHaveAttribute('data-print-unit', 'thousands');
  await expect(pivot(page)).toHaveAccessibleName(/Amounts in thousands of USD/);

  const fit = await pivot(page).evaluate((table) => ({
    table: table.scrollWidth,
    room: table.parentElement!.clientWidth,
  }));
  expect(fit.table).toBeLessThanOrEqual(fit.room);
});

test('the pivot downloads as CSV with every row and raw amounts', async ({ page }) => {
  await page.goto('/budget?lang=en');
  await rowsSwitch(page).getByRole('button', { name: 'Country' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download table (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^budget-by-country-\d{4}-\d{2}-\d{2}-all\.csv$/);
  const text = (await readFile(await file.path())).toString('utf8');
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  expect(rows[0]!.slice(0, 3)).toEqual(['Code', 'Country', '2001']);
  expect(rows[0]!.at(-1)).toBe('Total');
  const countries = rows.length - 2;
  expect(countries).toBeGreaterThan(100);
  expect(rows.find((r) => r[0] === 'CN')?.[1]).toBe('China');
  expect(Number(rows.at(-1)!.at(-1))).toBe(await servedTotal(page));
});

test('the summary prints on one A4 page in Spanish, with its filters named in Spanish', async ({
  page,
}) => {
  await page.goto('/budget?lang=es&region=africa,asia-oceania');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Resumen presupuestario' }),
  ).toBeVisible();
  await expect(
    page.getByText(/^Filtros aplicados: Región: África o Asia y Oceanía\./),
  ).toBeVisible();
  await rowsSwitch(page).getByRole('button', { name: 'País' }).click();
  await expect(grandTotal(page)).toBeVisible();
  expect(await printedPages(page)).toBe(1);
});
