import type { Page } from '@playwright/test';
import { axeViolations as violations } from './support/axe';
import { BUDGET } from './support/browser';
import { expect, test } from './support/fixtures';
import { walk, withLang } from './support/in-app';
import { ExplorerScreen, MapScreen, TimelineScreen } from './support/pages';

/*
 * Every screen, in every language, at both widths, has no serious or critical WCAG 2.1 AA
 * violation. One cold load per language and width: the other screens are opened inside the app
 * (as a person following links would), so the suite checks all 48 views without starting the app
 * 48 times. Each view is checked after its data and lazy chunks have arrived. The same pages then
 * open the views that need a state of their own (STATES: a tooltip, a table view, a zoom) and the
 * stricter checks of single screens (every axe rule, every impact).
 */

const ROUTES = [
  '/',
  '/projects',
  '/projects/RR.0083',
  '/timeline',
  '/budget',
  '/map',
  '/import',
  '/no-such-page',
];
const LANGUAGES = ['en', 'fr', 'es'];

/**
 * Views in a state of their own, checked after the screens in the same page: a filtered and
 * sorted table, the map with a state's tooltip and then as a table, project pages and the
 * timeline, some with every axe rule and every impact.
 */
interface State {
  width: 'desktop' | 'phone';
  lang: string;
  path: string;
  name: string;
  check: (page: Page, where: string) => Promise<void>;
}

const STATES: State[] = [
  ...['en', 'fr'].map((lang): State => ({
    width: 'desktop',
    lang,
    path: '/projects?region=asia-oceania&sort=budgetUsd:desc,title:asc',
    name: 'the filtered and sorted table, every rule',
    check: async (page, where) => {
      await expect(new ExplorerScreen(page).table).toBeVisible();
      expect.soft(await violations(page, { rules: 'all' }), where).toEqual([]);
    },
  })),
  ...['en', 'fr'].map((lang): State => ({
    width: 'desktop',
    lang,
    path: '/map?region=asia-oceania',
    name: 'the drawn map with a tooltip, then as a table',
    check: async (page, where) => {
      const map = new MapScreen(page);
      await map.state(lang === 'en' ? 'China' : 'Chine').focus();
      await expect(map.tooltip).toBeVisible();
      expect.soft(await violations(page), `${where}, tooltip shown`).toEqual([]);
      await map
        .showAsTable(lang === 'en' ? 'Show as table' : 'Afficher sous forme de tableau')
        .click();
      await expect(page.getByRole('table')).toBeVisible();
      expect.soft(await violations(page), `${where}, as a table`).toEqual([]);
    },
  })),
  ...(
    [
      ['en', '/projects/RR.0083'],
      ['fr', '/projects/MH.0078'],
      ['en', '/projects/NO.SUCH.ID'],
    ] as const
  ).map(([lang, path]): State => ({
    width: 'desktop',
    lang,
    path,
    name: 'a project page or its not-found state, every rule and impact',
    check: async (page, where) => {
      await expect(page.getByRole('status')).toHaveCount(0);
      expect.soft(await violations(page, { rules: 'all', impact: 'any' }), where).toEqual([]);
    },
  })),
  {
    width: 'desktop',
    lang: 'en',
    path: '/timeline',
    name: 'the timeline, every rule and impact',
    check: async (page, where) => {
      await expect(new TimelineScreen(page).list()).toBeVisible();
      const found = await violations(page, {
        rules: 'all',
        impact: 'any',
        include: '.timeline-screen',
      });
      expect.soft(found, where).toEqual([]);
    },
  },
  ...(
    [
      ['fr', /^Chronologie de [\d  ]+ projets$/],
      ['es', /^Cronología de [\d.]+ proyectos$/],
    ] as const
  ).map(([lang, name]): State => ({
    width: 'phone',
    lang,
    path: '/timeline?zoom=year&at=2012-01',
    name: 'the zoomed timeline, every rule and impact',
    check: async (page, where) => {
      await expect(new TimelineScreen(page).list(name)).toBeVisible();
      const found = await violations(page, {
        rules: 'all',
        impact: 'any',
        include: '.timeline-screen',
      });
      expect.soft(found, where).toEqual([]);
    },
  })),
];

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1366, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

for (const { name, viewport } of WIDTHS) {
  test.describe(`at ${viewport.width} px (${name})`, () => {
    test.use({ viewport });
    for (const lang of LANGUAGES) {
      test(`every screen in ${lang} has no serious or critical accessibility violation`, async ({
        page,
        shell,
      }) => {
        // Eight screens and a few states, each checked whole.
        test.setTimeout(BUDGET.longTest);
        const open = walk(page, shell);
        for (const route of ROUTES) {
          await test.step(`${route} in ${lang}`, async () => {
            await open(withLang(route, lang));
            // Screen readers pick their voice from the document's language.
            await expect(shell.document).toHaveAttribute('lang', lang);
            // Every failing screen is reported, not only the first.
            expect
              .soft(await violations(page), `${route} in ${lang} at ${viewport.width} px`)
              .toEqual([]);
          });
        }
        for (const state of STATES.filter((s) => s.width === name && s.lang === lang)) {
          await test.step(`${state.path} in ${lang}: ${state.name}`, async () => {
            await open(withLang(state.path, lang));
            await state.check(page, `${state.path} in ${lang} at ${viewport.width} px`);
          });
        }
      });
    }
  });
}

test('the Data issues dialog has no serious or critical accessibility violation', async ({
  page,
  shell,
}) => {
  await page.goto('/projects?lang=en&mock=invalid-records');
  await shell.dataIssues.click();
  await expect(shell.dataIssuesDialog).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
