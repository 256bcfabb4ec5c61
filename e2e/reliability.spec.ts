import { expect, test, type Page } from '@playwright/test';
import { BUDGET, E2E_API_TIMEOUT_MS } from './support/browser';

/** Opens the Projects screen with a mock API scenario. */
async function openWithScenario(page: Page, scenario: string) {
  await page.goto(`/projects?lang=en&mock=${scenario}`);
}

const alert = (page: Page) => page.getByRole('alert');

test.describe('API faults', () => {
  test('a server error shows the message and Retry; the outage recovers on Retry', async ({
    page,
  }) => {
    await openWithScenario(page, 'outage');
    await expect(alert(page)).toContainText('The projects could not be loaded.');
    await expect(alert(page)).toContainText('The project service is down for maintenance.');
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(alert(page)).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Projects' })).toBeVisible();
  });

  test('a permanent server error keeps offering Retry', async ({ page }) => {
    await openWithScenario(page, 'server-error');
    await expect(alert(page)).toContainText('The server answered with an error (500).');
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(alert(page)).toContainText('The project service failed');
  });

  test('malformed JSON is reported as an invalid response', async ({ page }) => {
    await openWithScenario(page, 'malformed-json');
    await expect(alert(page)).toContainText('The server sent a response that is not valid.');
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('a network failure says the server could not be reached', async ({ page }) => {
    await openWithScenario(page, 'network-error');
    await expect(alert(page)).toContainText('The server could not be reached.');
  });

  test('a request that takes too long times out with a message', async ({ page }) => {
    // The mock holds the answer back far longer than the build's API time-out.
    test.setTimeout(BUDGET.requestTimeout + BUDGET.test);
    await openWithScenario(page, `slow-${E2E_API_TIMEOUT_MS * 10}`);
    await expect(alert(page)).toContainText('The server did not answer in time.', {
      timeout: BUDGET.requestTimeout,
    });
  });

  test('a slow API shows progress, then the data', async ({ page }) => {
    await openWithScenario(page, 'slow-1500');
    await expect(page.getByRole('status').filter({ hasText: 'Loading projects' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Projects' })).toBeVisible();
  });

  test('an empty portfolio says so instead of failing', async ({ page }) => {
    await openWithScenario(page, 'empty');
    await expect(page.getByRole('status').filter({ hasText: /^0 projects/ })).toBeVisible();
  });
});

test.describe('bad records', () => {
  test('rejected records are listed with their reasons and the rest stays usable', async ({
    page,
  }) => {
    await openWithScenario(page, 'invalid-records');
    const button = page.getByRole('button', { name: /Data issues: 7/ });
    await expect(button).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^600 projects/ })).toBeVisible();
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Data issues' });
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
    await page
      .getByRole('group', { name: 'Region' })
      .getByRole('checkbox', { name: /^Africa/ })
      .check();
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
  for (const query of fuzz) {
    test(`?${query} never crashes a screen`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      for (const path of ['/', '/projects', '/timeline', '/budget', '/map']) {
        await page.goto(`${path}?lang=en&${query}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      }
      expect(errors).toEqual([]);
    });
  }
});
