import { expect, type Page } from '@playwright/test';
import { BudgetScreen } from './pages';

/**
 * Prints the budget summary as Chromium does to an A4 PDF and counts its pages. The trend chart
 * is redrawn at the printed width once printing starts: the count waits for it.
 */
export async function printedA4Pages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const chart = new BudgetScreen(page).trend.locator('svg').first();
  await expect.poll(async () => Number(await chart.getAttribute('width'))).toBeLessThanOrEqual(703);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
