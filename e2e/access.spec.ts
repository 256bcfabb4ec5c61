import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { AppShell } from './support/pages';

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
    explorer,
    filters,
  }) => {
    await page.goto(`/projects?lang=${lang}`);
    await expect(explorer.rows.first()).toBeVisible();
    for (const name of COMBOBOXES[lang]) {
      const combo = filters.searchable(name);
      await combo.focus();
      await expect(filters.searchableList(name)).toBeVisible();
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
  map,
}) => {
  await page.goto('/map?lang=en');
  await expect(map.states.first()).toBeVisible();
  expect(await map.states.count()).toBeGreaterThan(50);
  await map.highlight.focus();
  await page.keyboard.press('Tab');
  const first = await focused(page);
  expect(first).toMatch(/^path /);
  await page.keyboard.press('ArrowRight');
  const second = await focused(page);
  expect(second).toMatch(/^path /);
  expect(second).not.toBe(first);
  await expect(map.tooltip).toBeVisible();
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
  shell,
  filters,
}) => {
  await page.goto('/?lang=en');
  await expect(page).toHaveTitle('Overview – Portfolio dashboard');
  const titles: Record<string, string> = {
    Projects: 'Projects – Portfolio dashboard',
    Timeline: 'Timeline – Portfolio dashboard',
    Budget: 'Budget – Portfolio dashboard',
    Map: 'Map – Portfolio dashboard',
    Import: 'Import – Portfolio dashboard',
  };
  for (const [link, title] of Object.entries(titles)) {
    await shell.navLink(link).click();
    await expect(page).toHaveTitle(title);
  }
  await shell.navLink('Projects').click();
  await filters.option('Region', /^Africa/).check();
  await expect(page).toHaveTitle('Projects (Region: Africa) – Portfolio dashboard');
  await shell.language.selectOption('fr');
  await expect(page).toHaveTitle(
    'Projets (Région\u00a0: Afrique) – Tableau de bord du portefeuille',
  );
});

test('Copy link copies the view without the language and says so', async ({
  page,
  context,
  shell,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/budget?lang=fr&region=africa');
  await shell.copyLink('Copier le lien').click();
  await expect(shell.announcement('Lien copié')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe('/budget');
  expect(new URL(copied).search).toBe('?region=africa');
  // Opened in an English browser with no remembered choice, the link reads in English.
  const other = await context.browser()!.newPage({ locale: 'en-GB' });
  await other.goto(copied);
  await expect(new AppShell(other).copyLink()).toBeVisible();
  await other.close();
});

test('Export CSV says which file it wrote and how many rows', async ({ page, shell, explorer }) => {
  await page.goto('/projects?lang=en&region=africa');
  const count = /^([\d,]+) projects?/.exec((await explorer.summary.textContent()) ?? '')?.[1];
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    explorer.exportButton().click(),
  ]);
  await expect(shell.announcement(/^Exported /)).toHaveText(
    `Exported ${count} rows to ${download.suggestedFilename()}.`,
  );
});
