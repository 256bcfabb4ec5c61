import type { Page } from '@playwright/test';
import { BUDGET, E2E_API_TIMEOUT_MS } from './support/browser';
import { expect, test } from './support/fixtures';
import { walk } from './support/in-app';

/** Opens the Projects screen with a mock API scenario. */
async function openWithScenario(page: Page, scenario: string) {
  await page.goto(`/projects?lang=en&mock=${scenario}`);
}

test.describe('API faults', () => {
  test('a server error shows the message and Retry; the outage recovers on Retry', async ({
    page,
    shell,
    explorer,
  }) => {
    await openWithScenario(page, 'outage');
    await expect(shell.alert).toContainText('The projects could not be loaded.');
    await expect(shell.alert).toContainText('The project service is down for maintenance.');
    await shell.retry().click();
    await expect(shell.alert).toHaveCount(0);
    await expect(explorer.table).toBeVisible();
  });

  test('a permanent server error keeps offering Retry', async ({ page, shell }) => {
    await openWithScenario(page, 'server-error');
    await expect(shell.alert).toContainText('The server answered with an error (500).');
    await shell.retry().click();
    await expect(shell.alert).toContainText('The project service failed');
  });

  test('malformed JSON is reported as an invalid response', async ({ page, shell }) => {
    await openWithScenario(page, 'malformed-json');
    await expect(shell.alert).toContainText('The server sent a response that is not valid.');
    await expect(shell.retry()).toBeVisible();
  });

  test('a network failure says the server could not be reached', async ({ page, shell }) => {
    await openWithScenario(page, 'network-error');
    await expect(shell.alert).toContainText('The server could not be reached.');
  });

  test('a request that takes too long times out with a message', async ({ page, shell }) => {
    // The mock holds the answer back far longer than the build's API time-out. The page runs on
    // Playwright's clock (its timers and AbortSignal.timeout): once the request is on its way,
    // the time-out is made to pass at once instead of waited for. Should the clock not reach the
    // request, the real time-out still ends the wait within the budget.
    test.setTimeout(BUDGET.requestTimeout + BUDGET.test);
    await page.clock.install();
    await openWithScenario(page, `slow-${E2E_API_TIMEOUT_MS * 10}`);
    await expect(shell.status('Loading projects')).toBeVisible();
    await expect(shell.alert).toHaveCount(0);
    await page.clock.fastForward(E2E_API_TIMEOUT_MS);
    await expect(shell.alert).toContainText('The server did not answer in time.', {
      timeout: BUDGET.requestTimeout,
    });
  });

  test('a slow API shows progress, then the data', async ({ page, shell, explorer }) => {
    await openWithScenario(page, 'slow-1500');
    await expect(shell.status('Loading projects')).toBeVisible();
    await expect(explorer.table).toBeVisible();
  });

  test('an empty portfolio says so instead of failing', async ({ page, shell }) => {
    await openWithScenario(page, 'empty');
    await expect(shell.status(/^0 projects/)).toBeVisible();
  });
});

test.describe('bad records', () => {
  test('rejected records are listed with their reasons and the rest stays usable', async ({
    page,
    shell,
    filters,
  }) => {
    await openWithScenario(page, 'invalid-records');
    const button = shell.dataIssues;
    await expect(button).toBeVisible();
    await expect(shell.status(/^600 projects/)).toBeVisible();
    await expect(button).toHaveAccessibleName(/Data issues: 7/);
    await button.click();
    const dialog = shell.dataIssuesDialog;
    await expect(dialog).toBeVisible();
    for (const reason of [
      /appears more than once/,
      /is before the start date/,
      /Unknown Region/,
      /is not a number/,
      /Title is missing/,
      /after the data date/,
      /is negative/,
    ]) {
      await expect(dialog.getByRole('cell', { name: reason }).first()).toBeVisible();
    }
    await dialog.getByRole('button', { name: 'Close' }).click();
    await filters.option('Region', /^Africa/).check();
    await expect(page).toHaveURL(/region=africa/);
  });
});

test.describe('hostile URL parameters', () => {
  const fuzz = [
    'region=<script>alert(1)</script>',
    'year=1e400',
    'budgetMin=-5&budgetMax=abc',
    'sort=__proto__:asc',
    'from=2030&to=1990',
    'q=%00%ff',
    'country=ZZ,,CN',
    'status=%E0%A4%A',
    'group=__proto__&zoom=1e400&rows=constructor&countries=all,top&measure=<b>x</b>&highlight=global&stack=toString',
  ];
  const screens = ['/', '/projects', '/timeline', '/budget', '/map'];
  for (const [i, query] of fuzz.entries()) {
    test(`?${query} never crashes a screen`, async ({ page, shell }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // One page: the first screen is loaded cold with the parameters (each screen is the first
      // for some of them), the others are opened in the app with the same parameters.
      const open = walk(page, shell);
      for (const path of [...screens.slice(i % 5), ...screens.slice(0, i % 5)]) {
        await test.step(path, async () => {
          await open(`${path}?lang=en&${query}`);
          expect(errors, `${path}?${query}`).toEqual([]);
        });
      }
    });
  }
});
