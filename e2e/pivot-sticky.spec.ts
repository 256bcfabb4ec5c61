import type { Page } from '@playwright/test';
import { BUDGET } from './support/browser';
import { expect, test } from './support/fixtures';
import { BudgetScreen } from './support/pages';

/**
 * The budget pivot keeps its row labels and its Total in view while the years scroll; no amount
 * may ever be partly hidden under them (a cut-off "3,178," reads like a real figure).
 */

const box = (page: Page) => new BudgetScreen(page).scrollBox;

/** Waits until the box has stopped moving (smooth scrolling and snapping settle). */
async function settled(page: Page) {
  let last = Number.NaN;
  await expect
    .poll(async () => {
      const now = await box(page).evaluate((el) => el.scrollLeft);
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
}

/**
 * For every amount cell: how much of it shows (inside the box, outside the sticky cells) and its
 * full width. Also whether every sticky cell paints an opaque background.
 */
async function cellsInView(page: Page) {
  return box(page).evaluate((el) => {
    const view = el.getBoundingClientRect();
    const left = view.left + el.clientLeft;
    const right = left + el.clientWidth;
    const opaque: boolean[] = [];
    const cells: { text: string; shown: number; width: number; overlap: number }[] = [];
    for (const row of el.querySelectorAll('tr')) {
      const all = [...row.children] as HTMLElement[];
      const sticky = all.filter((c) => getComputedStyle(c).position === 'sticky');
      for (const c of sticky) {
        const bg = getComputedStyle(c).backgroundColor;
        opaque.push(bg.startsWith('rgb(') || /, 1\)$/.test(bg));
      }
      const covers = sticky.map((c) => c.getBoundingClientRect());
      for (const cell of all.filter((c) => !sticky.includes(c) && c.tagName === 'TD')) {
        const r = cell.getBoundingClientRect();
        let from = Math.max(r.left, left);
        let to = Math.min(r.right, right);
        let overlap = 0;
        for (const s of covers) {
          const o = Math.min(to, s.right) - Math.max(from, s.left);
          if (o <= 0) continue;
          overlap = Math.max(overlap, o);
          if (s.left <= from) from = Math.max(from, s.right);
          else to = Math.min(to, s.left);
        }
        cells.push({
          text: cell.textContent ?? '',
          shown: Math.max(0, to - from),
          width: r.width,
          overlap: to - from > 1 ? overlap : 0,
        });
      }
    }
    return { opaque, cells };
  });
}

async function expectWholeCells(page: Page, where: string) {
  await settled(page);
  const { opaque, cells } = await cellsInView(page);
  expect(opaque.length, where).toBeGreaterThan(0);
  expect(opaque.every(Boolean), `${where}: sticky cells paint over what scrolls under them`).toBe(
    true,
  );
  const shown = cells.filter((c) => c.shown > 1);
  expect(shown.length, `${where}: some amounts are in view`).toBeGreaterThan(0);
  // Either wholly hidden or wholly shown, and never under a sticky cell while shown. Gathered
  // and compared once: thousands of cells, each named when it fails.
  const partlyShown = cells
    .filter((c) => !(c.shown <= 1 || c.shown >= c.width - 1))
    .map((c) => `"${c.text}" shows ${c.shown} of ${c.width}px`);
  expect(partlyShown, `${where}: amounts partly shown`).toEqual([]);
  const underSticky = cells
    .filter((c) => c.overlap > 1)
    .map((c) => `"${c.text}" under a sticky cell by ${c.overlap}px`);
  expect(underSticky, `${where}: amounts under a sticky cell`).toEqual([]);
}

for (const width of [1366, 390]) {
  test(`the pivot's sticky cells never overlap an amount at ${width} px`, async ({
    page,
    budget,
  }) => {
    // Six scroll positions, each checked cell by cell, on a shared machine.
    test.setTimeout(BUDGET.longTest);
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/budget?lang=en&rows=country');
    await expect(budget.scrollBox).toBeVisible();
    const years = budget.yearsShown;
    await expect(years).toHaveText(/, of 2001–2026$/);
    // It opens on the most recent years.
    await expect(years).toHaveText(/(–| )2026 shown/);
    await expectWholeCells(page, 'opened');

    await budget.earlierYears.click();
    await expectWholeCells(page, 'one page earlier');
    await expect(years).not.toHaveText(/–2026 shown/);

    for (const x of [0, 137, 401]) {
      await budget.scrollBox.evaluate((el, left) => el.scrollTo({ left }), x);
      await expectWholeCells(page, `scrolled to ${x}px`);
    }
    await budget.scrollBox.evaluate((el) => el.scrollTo({ left: 0 }));
    await settled(page);
    await expect(budget.yearsShown).toHaveText(/^Years? 2001(–\d{4})? shown/);
    await expect(budget.earlierYears).toBeDisabled();

    await budget.laterYears.click();
    await expectWholeCells(page, 'one page later');
  });
}
