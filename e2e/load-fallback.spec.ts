import type { Page } from '@playwright/test';
import { BUDGET } from './support/browser';
import { expect, test } from './support/fixtures';

/* The engine's Worker cannot run while a large portfolio loads: the page takes over, or says why. */

/** The engine's Worker fails to start in this page: its script is not found. */
async function breakEngineWorker(page: Page) {
  await page.addInitScript(() => {
    const Real = window.Worker;
    window.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(String(url).includes('engine-worker') ? '/missing-engine-worker.js' : url, options);
      }
    };
  });
}

test('60,000 projects load on the page when the engine’s Worker cannot run', async ({
  page,
  explorer,
}) => {
  test.setTimeout(BUDGET.largePortfolioTest);
  await breakEngineWorker(page);
  await page.goto('/projects?lang=en&mockCount=60000');
  await expect(explorer.table).toHaveAttribute('aria-rowcount', '60002', {
    timeout: BUDGET.largePortfolioLoad,
  });
  await expect(explorer.summary).toContainText('60,000 projects');
});

test('a portfolio too large for the page says why, with Retry', async ({ page, shell }) => {
  test.setTimeout(BUDGET.largePortfolioTest);
  await breakEngineWorker(page);
  await page.goto('/projects?lang=en&mockCount=250000');
  await expect(shell.alert).toContainText(
    'This portfolio (250,000 projects) is too large to load without the browser’s background worker',
    { timeout: BUDGET.largePortfolioLoad },
  );
  await expect(shell.alert.getByRole('button', { name: 'Retry' })).toBeVisible();
});
