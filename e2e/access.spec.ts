import { expect, test, type Page } from '@playwright/test';

/* Keyboard, screen reader and sharing: where focus goes, what the tab says, what a link carries. */

const COMBOBOXES = {
  en: ['Country', 'Funding year'],
  fr: ['Pays', 'Année de financement'],
} as const;

/** What has focus: its tag and accessible name, or "BODY" when nothing does. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    return `${el.tagName} ${el.getAttribute('aria-label') ?? el.id}`;
  });

for (const lang of ['en', 'fr'] as const) {
  test(`Tab out of each searchable filter lands on the next control (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/projects?lang=${lang}`);
    await expect(page.locator('tbody tr[data-id]').first()).toBeVisible();
    for (const name of COMBOBOXES[lang]) {
      const combo = page.getByRole('combobox', { name, exact: true });
      await combo.focus();
      await expect(page.getByRole('listbox', { name })).toBeVisible();
      await page.keyboard.press('Tab');
      expect(await focused(page), `after Tab out of ${name}`).not.toBe('BODY');
      await expect(combo).not.toBeFocused();
      // With a value chosen by keyboard, too.
      await combo.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await focused(page), `after choosing in ${name}`).not.toBe('BODY');
      await page.keyboard.press('Shift+Tab');
      await expect(combo).toBeFocused();
    }
  });
}

test('the map is one Tab stop; arrow keys move between states and Enter filters', async ({
  page,
}) => {
  await page.goto('/map?lang=en');
  const states = page.getByRole('group', { name: /^World map: / }).getByRole('button');
  await expect(states.first()).toBeVisible();
  expect(await states.count()).toBeGreaterThan(50);
  await page.getByLabel('Highlight region').focus();
  await page.keyboard.press('Tab');
  const first = await focused(page);
  expect(first).toMatch(/^path /);
  await page.keyboard.press('ArrowRight');
  const second = await focused(page);
  expect(second).toMatch(/^path /);
  expect(second).not.toBe(first);
  await expect(page.locator('.map-tooltip')).toBeVisible();
  // One more Tab leaves the map, whatever state is focused.
  await page.keyboard.press('Tab');
  expect(await focused(page)).not.toMatch(/^path /);
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe(second);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]country=[A-Z]{2}(&|$)/);
});

test('the tab title names each screen and the filters, in the interface language', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await expect(page).toHaveTitle('Overview – Portfolio dashboard');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const titles: Record<string, string> = {
    Projects: 'Projects – Portfolio dashboard',
    Timeline: 'Timeline – Portfolio dashboard',
    Budget: 'Budget – Portfolio dashboard',
    Map: 'Map – Portfolio dashboard',
    Import: 'Import – Portfolio dashboard',
  };
  for (const [link, title] of Object.entries(titles)) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(page).toHaveTitle(title);
  }
  await nav.getByRole('link', { name: 'Projects', exact: true }).click();
  await page.getByRole('checkbox', { name: /^Africa/ }).check();
  await expect(page).toHaveTitle('Projects (Region: Africa) – Portfolio dashboard');
  await page.getByLabel('Language').selectOption('fr');
  await expect(page).toHaveTitle(
    'Projets (Région\u00a0: Afrique) – Tableau de bord du portefeuille',
  );
});

test('Copy link copies the view without the language and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/budget?lang=fr&region=africa');
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(
    page.locator('[aria-live="polite"]').filter({ hasText: 'Lien copié' }),
  ).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe('/budget');
  expect(new URL(copied).search).toBe('?region=africa');
  // Opened in an English browser with no remembered choice, the link reads in English.
  const other = await context.browser()!.newPage({ locale: 'en-GB' });
  await other.goto(copied);
  await expect(other.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await other.close();
});

test('Export CSV says which file it wrote and how many rows', async ({ page }) => {
  await page.goto('/projects?lang=en&region=africa');
  const summary = page.getByRole('status').filter({ hasText: /projects? · / });
  const count = /^([\d,]+) projects?/.exec((await summary.textContent()) ?? '')?.[1];
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: /^Exported / })).toHaveText(
    `Exported ${count} rows to ${download.suggestedFilename()}.`,
  );
});
