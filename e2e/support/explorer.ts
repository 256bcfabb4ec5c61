import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { ExplorerScreen } from './pages';

/* Helpers for the Projects screen: the virtualised table's rows and the downloaded CSV. */

/** The ids of every row of the virtualised table, in its order, scrolling it from top to bottom. */
export async function tableRowIds(page: Page): Promise<string[]> {
  const table = new ExplorerScreen(page).table;
  const count = Number(await table.getAttribute('aria-rowcount')) - 2;
  const scroller = table.locator('xpath=..');
  const byIndex = new Map<number, string>();
  for (let top = 0; byIndex.size < count && top <= count * 40 + 2000; top += 300) {
    await scroller.evaluate((el, y) => el.scrollTo(0, y), top);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const rows = await table
      .locator('tbody tr[data-id]')
      .evaluateAll((trs) =>
        trs.map(
          (tr) =>
            [
              Number(tr.getAttribute('aria-rowindex')),
              (tr as HTMLElement).dataset.id ?? '',
            ] as const,
        ),
      );
    for (const [index, id] of rows) byIndex.set(index, id);
  }
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
}

/** The downloaded CSV: its raw bytes, and its header and rows parsed with papaparse. */
export async function readCsv(download: Download, delimiter = ',') {
  const bytes = await readFile((await download.path())!);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
  // A helper, not a check: a file that does not parse is an error of the test's input.
  if (parsed.errors.length > 0)
    throw new Error(`The CSV does not parse: ${JSON.stringify(parsed.errors)}`);
  const [header = [], ...rows] = parsed.data;
  const col = (key: string) => header.findIndex((h) => h.endsWith(`[${key}]`));
  return { bytes, header, rows, col };
}

export async function exportCsv(page: Page): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    new ExplorerScreen(page).exportButton().click(),
  ]);
  return download;
}
