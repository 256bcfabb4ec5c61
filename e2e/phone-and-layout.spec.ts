import type { Page } from '@playwright/test';
import { BUDGET } from './support/browser';
import { expect, test } from './support/fixtures';
import { walk, withLang } from './support/in-app';

/* Every screen fits its width (1366 px and a 390 px phone), the phone's filter drawer and
   project cards, and Back to the list where it was. */

const SCREENS = ['/', '/projects', '/projects/RR.0083', '/timeline', '/budget', '/map', '/import'];
const PHONE = { width: 390, height: 844 };

/**
 * What sticks out of the viewport sideways: the page's own scroll width, and every element whose
 * right edge is past the viewport and not inside a box that scrolls or clips it within view.
 */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (
          /(auto|scroll|hidden|clip)/.test(getComputedStyle(p).overflowX) &&
          p.getBoundingClientRect().right <= viewport + 0.5
        )
          return true;
      }
      return false;
    };
    const outside = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > viewport + 0.5 && !inScroller(el);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`);
    return { scrollWidth: document.documentElement.scrollWidth, viewport, outside };
  });
}

/** Screens with filters applied: filtered rows bring other cells into view (open ends, missing amounts). */
const FILTERED = [
  '/projects?from=2015',
  '/?region=africa&status=completed&from=2010',
  '/projects?from=2015&to=2020&region=africa&budgetMin=100000&sort=endDate:desc',
  '/timeline?from=2015&type=avrr',
  '/budget?from=2015&funder=XM-DAC-5',
  '/map?from=2015&status=completed',
  '/projects/RR.0083?region=asia-oceania&from=2015',
];

/*
 * Every screen, then every filtered screen, in one page per language and width: the first view is
 * loaded cold and the others are opened in the app (consecutive views are different screens).
 */
for (const width of [1366, 390]) {
  for (const lang of ['en', 'fr', 'es']) {
    test(`no screen, filtered or not, scrolls sideways at ${width} px (${lang})`, async ({
      page,
      shell,
    }) => {
      // Fourteen views in one page.
      test.setTimeout(BUDGET.longTest);
      await page.setViewportSize(width === 390 ? PHONE : { width, height: 900 });
      const open = walk(page, shell);
      for (const path of [...SCREENS, ...FILTERED]) {
        await test.step(`${path} in ${lang} at ${width} px`, async () => {
          await open(withLang(path, lang));
          const found = await sidewaysOverflow(page);
          const where = `${path} in ${lang} at ${width} px`;
          expect
            .soft(found.scrollWidth, `${where}: page width`)
            .toBeLessThanOrEqual(found.viewport);
          expect.soft(found.outside, `${where}: elements past the right edge`).toEqual([]);
        });
      }
    });
  }
}

test('on a phone the filters open in a drawer that counts them, traps focus and closes on Escape', async ({
  page,
  filters,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/map?lang=en&region=africa');
  const open = filters.openDrawer(1);
  await expect(open).toBeVisible();
  // The screen comes first: the filter panel is not on the page until asked for.
  await expect(filters.option('Region', /^Asia and Oceania/)).toBeHidden();
  await open.click();
  const drawer = filters.drawer;
  await expect(drawer).toBeVisible();
  await expect(filters.showResults).toBeFocused();
  await filters.option('Status', /^Completed/).check();
  await expect(page).toHaveURL(/status=completed/);
  // Focus stays in the drawer: the page behind is inert.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Tab');
  expect(await drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(filters.openDrawer(2)).toBeFocused();
});

test('on a phone the projects are cards with title, status, budget and period', async ({
  page,
  explorer,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/projects?lang=fr&q=RR.0083');
  const cards = explorer.cards('Projets');
  await expect(cards).toHaveCount(1);
  const card = cards.first();
  await expect(card.getByRole('link')).toHaveAttribute('href', /\/projects\/RR\.0083/);
  for (const term of ['Statut', 'Budget (USD)', 'Période', 'ID du projet'])
    await expect(card.getByRole('term').filter({ hasText: term })).toHaveCount(1);
  await expect(card.getByRole('definition').nth(1)).toHaveText(/\d[\d\s]*\s\$US/);
  await expect(card.getByRole('definition').nth(2)).toHaveText(/\d{4}.*–/);
});

test('on a phone the cards are sorted by a field and a direction, the same sort as the table', async ({
  page,
  explorer,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/projects?lang=fr&region=africa');
  const sort = explorer.cardSort('Trier les projets');
  const field = sort.getByLabel('Trier par');
  const direction = sort.getByLabel('Sens');
  await expect(field).toHaveValue('');
  await expect(direction).toBeDisabled();
  await field.selectOption({ label: 'Budget (USD)' });
  await expect(page).toHaveURL(/sort=budgetUsd(%3A|:)asc/);
  await direction.selectOption({ label: 'Décroissant' });
  await expect(page).toHaveURL(/sort=budgetUsd(%3A|:)desc/);
  // The cards follow: budgets from the largest down.
  const cards = explorer.cards('Projets');
  const budgets = async () => {
    const texts = await cards.locator('dd').filter({ hasText: '$US' }).allTextContents();
    return texts.slice(0, 4).map((t) => Number(t.replace(/[^\d]/g, '')));
  };
  await expect.poll(async () => (await budgets()).length).toBe(4);
  const shown = await budgets();
  expect(shown).toEqual([...shown].sort((a, b) => b - a));
  // The sort is the table's: a wide screen shows it on the Budget heading, and back on the phone
  // a sort set in the address shows in the control.
  await page.setViewportSize({ width: 1366, height: 900 });
  await expect(explorer.columnHeader(/^Budget \(USD\)/)).toHaveAttribute('aria-sort', 'descending');
  await page.setViewportSize(PHONE);
  await page.goto('/projects?lang=es&sort=title:asc');
  const group = explorer.cardSort('Ordenar los proyectos');
  await expect(group.getByLabel('Ordenar por')).toHaveValue('title');
  await expect(group.getByLabel('Sentido')).toHaveValue('asc');
  const titles = await explorer.cards('Proyectos').getByRole('link').allTextContents();
  expect(titles.length).toBeGreaterThan(2);
  expect(titles.slice(0, 3)).toEqual(
    [...titles.slice(0, 3)].sort((a, b) => a.localeCompare(b, 'es')),
  );
});

for (const [width, layout] of [
  [1366, 'table'],
  [390, 'cards'],
] as const) {
  test(`Back from a project restores the list's scroll and focus on its row (${width} px)`, async ({
    page,
    explorer,
    project,
  }) => {
    await page.setViewportSize(width === 390 ? PHONE : { width, height: 900 });
    await page.goto('/projects?lang=en&region=africa');
    const list = explorer.list(layout);
    await expect(list.locator('[data-id] a').first()).toBeVisible();
    await list.evaluate((el) => el.scrollTo(0, 1500));
    // Cards are measured as they render, which may shift the position a little: wait for it.
    await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(1400);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))));
    const top = await list.evaluate((el) => el.scrollTop);
    // A row in the middle of the view.
    const row = list.locator('[data-id]').nth(width === 390 ? 6 : 12);
    const id = (await row.getAttribute('data-id'))!;
    await row.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/projects/${id.replace('.', '\\.')}\\?`));
    await expect(project.heading).toBeVisible();
    await page.goBack();
    const link = list.locator(`[data-id="${id}"] a`);
    await expect(link).toBeFocused();
    // Where it was: to the pixel for the table's fixed rows, within a card for measured cards.
    const back = await list.evaluate((el) => el.scrollTop);
    expect(Math.abs(back - top)).toBeLessThanOrEqual(width === 390 ? 60 : 0);
    // A new filter is a new list: read from the top.
    await page.goto('/projects?lang=en&region=asia-oceania');
    await expect(list.locator('[data-id] a').first()).toBeVisible();
    expect(await list.evaluate((el) => el.scrollTop)).toBe(0);
  });
}
