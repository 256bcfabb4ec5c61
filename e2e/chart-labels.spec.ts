import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { walk, withLang } from './support/in-app';

/* No chart label is cut: every text of every chart (category names, amounts on the bars, axis
   ticks) lies inside its drawing and its card, in every language, on a wide screen and a phone,
   with the whole portfolio and with filters that give small amounts ("191,6 k $US") and long
   country names ("Papouasie-Nouvelle-Guinée"). */

/* In this order, one page per language and width: consecutive views are different screens. */
const SCREENS = [
  '/',
  '/budget',
  '/?region=global',
  '/budget?funder=XM-DAC-5',
  '/?type=avrr',
  '/projects/RR.0083',
];

/** Each chart text whose box runs out of its svg or its card, with how far. */
function cutLabels(page: Page) {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const svg of document.querySelectorAll('main svg')) {
      const frame = svg.getBoundingClientRect();
      if (frame.width < 60 || frame.height < 30) continue; // icons and swatches
      const card = svg.closest('.card')?.getBoundingClientRect() ?? frame;
      for (const text of svg.querySelectorAll('text')) {
        const box = text.getBoundingClientRect();
        if (box.width === 0) continue;
        const out = Math.max(
          Math.max(frame.left, card.left) - box.left,
          box.right - Math.min(frame.right, card.right),
          frame.top - box.top,
          box.bottom - frame.bottom,
        );
        if (out > 0.5) cut.push(`${text.textContent ?? ''} (${Math.round(out)} px out)`);
      }
    }
    return cut;
  });
}

for (const width of [1366, 390]) {
  for (const lang of ['en', 'fr', 'es']) {
    test(`chart labels are whole at ${width} px (${lang})`, async ({ page, shell, overview }) => {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      const open = walk(page, shell);
      for (const path of SCREENS) {
        await test.step(`${path} in ${lang} at ${width} px`, async () => {
          await open(withLang(path, lang));
          // The charts are drawn (recharts measures its box first), with their value labels.
          if (path.startsWith('/?') || path === '/')
            await expect(overview.barValues.first()).toBeVisible();
          if (path.startsWith('/budget')) await expect(shell.charts.first()).toBeVisible();
          await expect
            .poll(() => cutLabels(page), `${path} in ${lang} at ${width} px: labels cut`)
            .toEqual([]);
        });
      }
    });
  }
}

test('a long category label wraps, and when cut to fit it carries its whole name', async ({
  page,
  overview,
}) => {
  const name =
    'Aide au retour et à la réintégration à l’intention des migrants et des gouvernements';
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/?lang=fr');
    const chart = overview.chart('Budget par type de projet');
    const label = chart.categoryLabels.filter({ hasText: 'Aide au retour' });
    await expect(label).toHaveCount(1);
    const lines = await label.locator('tspan').allTextContents();
    expect(lines.length, 'wrapped onto several lines').toBeGreaterThan(1);
    const shown = lines.join(' ');
    // Whole, or cut with "…" and named whole in its title (the tooltip, and what is read out).
    if (shown.endsWith('…')) await expect(label.locator('title')).toHaveText(name);
    else expect(shown).toBe(name);
  }
});
