import type { Page } from '@playwright/test';
import { BUDGET } from './support/browser';
import { expect, test } from './support/fixtures';

/**
 * Presses Tab (Shift+Tab with `backwards`) until the focused element has the given role and
 * accessible name, as a keyboard user would, and checks that the focus is visible there. After
 * each press only the focused element and its siblings are asked for their role and name (the
 * query's scope is the focused element's parent): a role and a name do not depend on the scope,
 * so the answer is the one a query over the whole page gives, without computing the name of every
 * link and checkbox on the page after every press.
 */
async function tabTo(page: Page, role: string, name: RegExp, { backwards = false } = {}) {
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = page.locator(':focus');
    const matches = await focused
      .locator('xpath=..')
      .getByRole(role as Parameters<Page['getByRole']>[0], { name })
      .evaluateAll((elements) => elements.some((el) => el === document.activeElement));
    if (matches) {
      const outline = await focused.evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          width: parseFloat(style.outlineWidth),
          style: style.outlineStyle,
          shadow: style.boxShadow,
        };
      });
      expect(
        (outline.style !== 'none' && outline.width > 0) || outline.shadow !== 'none',
        `visible focus on ${name}`,
      ).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached ${role} ${name}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('keyboard only: filter, sort, export CSV and open a project', async ({
  page,
  shell,
  explorer,
}) => {
  test.setTimeout(BUDGET.longTest);
  await page.goto('/projects?lang=en');
  await expect(explorer.table).toBeVisible();

  await tabTo(page, 'checkbox', /^Asia and Oceania/);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/region=asia-oceania/);

  await tabTo(page, 'checkbox', /^Completed/);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/status=completed/);

  await tabTo(page, 'button', /^Budget \(USD\)/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=budgetUsd%3Aasc|sort=budgetUsd:asc/);

  // Export CSV is above the table: back to it, as a keyboard user would, rather than on through
  // every row and round the page.
  await tabTo(page, 'button', /^Export CSV$/, { backwards: true });
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);

  // The first title link in the table (the table was not scrolled): a project's page.
  const firstRowLink = await explorer.table.getByRole('link').first().textContent();
  await tabTo(page, 'link', new RegExp(`^${escapeRegExp(firstRowLink ?? '')}$`));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/projects\/[^/?]+\?.*region=asia-oceania/);
  await expect(shell.heading).toBeVisible();
});
