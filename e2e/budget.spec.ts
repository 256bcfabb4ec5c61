import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { servedProjects } from './support/served';
import { expect, test } from './support/fixtures';
import { printedA4Pages } from './support/print';

/** The number an amount shows, whatever the language's grouping: "US$102,510,300" → 102510300. */
const amountIn = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** The sum of the budgets the mock API serves for a region (every region when none is given). */
async function servedTotal(page: Page, region?: string): Promise<number> {
  return (await servedProjects(page))
    .filter((p) => !region || p.region === region)
    .reduce((s, p) => s + p.budgetUsd, 0);
}

test('the grand total stays the portfolio total with rows by region, type or country', async ({
  page,
  shell,
  budget,
}) => {
  await page.goto('/budget?lang=en');
  await expect(shell.title('Budget summary')).toBeVisible();
  const total = await servedTotal(page);
  await expect(
    page.getByText(
      `All projects, no filters applied. 600 projects, total budget US$${total.toLocaleString('en-GB')}.`,
    ),
  ).toBeVisible();
  expect(amountIn(await budget.grandTotal.innerText())).toBe(total);

  await budget.rowsBy('Project type').click();
  await expect(budget.rowsBy('Project type')).toHaveAttribute('aria-pressed', 'true');
  await expect(budget.pivot()).toHaveAccessibleName(/by project type/);
  await expect(
    budget.pivot().getByRole('rowheader', { name: 'Counter-trafficking' }),
  ).toBeVisible();
  expect(amountIn(await budget.grandTotal.innerText())).toBe(total);

  await budget.rowsBy('Country').click();
  await expect(budget.pivot()).toHaveAccessibleName(/by benefiting state/);
  await expect(
    budget.pivot().getByRole('rowheader', { name: /^Other countries \(\d+\)$/ }),
  ).toBeVisible();
  await expect(page.getByText(/counts an equal share of its budget in each/)).toBeVisible();
  expect(amountIn(await budget.grandTotal.innerText())).toBe(total);

  // Every country on request; the total does not move.
  await budget.showAllCountries.click();
  await expect(budget.pivot().getByRole('rowheader', { name: /^Other countries/ })).toBeHidden();
  await expect(budget.pivot().getByRole('rowheader', { name: 'China' })).toBeVisible();
  expect(amountIn(await budget.grandTotal.innerText())).toBe(total);
});

test('the filtered summary says which filters apply and totals the same as the Projects screen', async ({
  page,
  shell,
  budget,
  explorer,
}) => {
  await page.goto('/budget?lang=en&region=africa');
  await expect(
    page.getByText(/^Filters applied: Region: Africa\. \d+ projects, total budget/),
  ).toBeVisible();
  const africa = await servedTotal(page, 'africa');
  expect(amountIn(await budget.grandTotal.innerText())).toBe(africa);
  await budget.rowsBy('Country').click();
  expect(amountIn(await budget.grandTotal.innerText())).toBe(africa);

  await shell.navLink('Projects').click();
  await expect(explorer.summary).toContainText(africa.toLocaleString('en-GB'));
});

test('the summary prints on exactly one A4 page, rows by region and by country', async ({
  page,
  budget,
}) => {
  await page.goto('/budget?lang=en');
  await expect(budget.grandTotal).toBeVisible();
  expect(await printedA4Pages(page)).toBe(1);

  await budget.rowsBy('Country').click();
  await budget.showAllCountries.click();
  expect(await printedA4Pages(page)).toBe(1);

  await page.goto('/budget?lang=fr&region=africa,asia-oceania');
  await budget.rowsBy('Pays').click();
  expect(await printedA4Pages(page)).toBe(1);
});

test('in print the summary keeps its title, filters and data date, adds the countries up and fits the page width', async ({
  page,
  shell,
  filters,
  budget,
}) => {
  // The printable width of A4 portrait with 12 mm margins, in CSS pixels.
  await page.setViewportSize({ width: 703, height: 1000 });
  await page.goto('/budget?lang=en&status=completed');
  await budget.rowsBy('Country').click();
  await page.emulateMedia({ media: 'print' });

  await expect(shell.title('Budget summary')).toBeVisible();
  await expect(page.getByText(/^Filters applied: Status: Completed\./)).toBeVisible();
  await expect(shell.main.getByText(/^Data as of 31 October 2026 · Source: /)).toBeVisible();
  for (const hidden of [shell.nav, shell.print, filters.clear, budget.rows, shell.footer]) {
    await expect(hidden).toBeHidden();
  }
  const other = budget.pivot().getByRole('rowheader', { name: /^Other countries \(\d+\)$/ });
  await expect(other).toBeVisible();
  const addedUp = Number((await other.innerText()).match(/\d+/)![0]);
  await expect(
    page.getByText(
      `Printed: the 25 countries with the largest budgets; the other ${addedUp} are added up in “Other countries”.`,
      { exact: false },
    ),
  ).toBeVisible();
  await expect(budget.pivot().locator('tbody tr:visible')).toHaveCount(26);
  await expect(budget.pivot()).toHaveAttribute('data-print-unit', 'thousands');
  await expect(budget.pivot()).toHaveAccessibleName(/Amounts in thousands of USD/);

  const fit = await budget.pivot().evaluate((table) => ({
    table: table.scrollWidth,
    room: table.parentElement!.clientWidth,
  }));
  expect(fit.table).toBeLessThanOrEqual(fit.room);
});

test('the pivot downloads as CSV with every row and raw amounts', async ({ page, budget }) => {
  await page.goto('/budget?lang=en');
  await budget.rowsBy('Country').click();
  const download = page.waitForEvent('download');
  await budget.downloadCsv.click();
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
  shell,
  budget,
}) => {
  await page.goto('/budget?lang=es&region=africa,asia-oceania');
  await expect(shell.title('Resumen presupuestario')).toBeVisible();
  await expect(
    page.getByText(/^Filtros aplicados: Región: África o Asia y Oceanía\./),
  ).toBeVisible();
  await budget.rowsBy('País').click();
  await expect(budget.grandTotal).toBeVisible();
  expect(await printedA4Pages(page)).toBe(1);
});
