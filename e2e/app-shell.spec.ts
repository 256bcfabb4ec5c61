import { expect, test } from './support/fixtures';

const SCREENS = [
  { link: 'Overview', path: '/' },
  { link: 'Projects', path: '/projects' },
  { link: 'Timeline', path: '/timeline' },
  { link: 'Budget', path: '/budget' },
];

test('the dashboard loads with its data date and source', async ({ page, shell }) => {
  await page.goto('/?lang=en');
  await expect(shell.nav).toBeVisible();
  await expect(shell.dataAsOf).toContainText(/Data as of \d{1,2} \w+ \d{4}/);
  await expect(shell.source()).toBeVisible();
});

test('every screen is reachable from the navigation', async ({ page, shell }) => {
  await page.goto('/?lang=en');
  for (const screen of SCREENS) {
    await shell.navLink(screen.link).click();
    await expect(page).toHaveURL(new RegExp(`${screen.path === '/' ? '/' : screen.path}(\\?|$)`));
    await expect(shell.heading).toBeVisible();
  }
});

test('switching to Français changes the labels and the formats, and is remembered', async ({
  page,
  shell,
}) => {
  await page.goto('/?lang=en');
  await expect(shell.dataAsOf).toContainText('Data as of');
  await shell.language.selectOption({ label: 'Français' });
  await expect(shell.navLink('Vue d’ensemble')).toBeVisible();
  await expect(shell.navLink('Projets')).toBeVisible();
  await expect(shell.dataAsOf).toContainText(
    /Données au \d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
  );
  await expect(page).toHaveURL(/lang=fr/);
  await expect(shell.document).toHaveAttribute('lang', 'fr');
  await page.goto('/projects');
  await expect(shell.navLink('Projets')).toBeVisible();
});

test('switching to Español speaks Spanish: labels, dates and money', async ({
  page,
  shell,
  explorer,
}) => {
  await page.goto('/?lang=en');
  await shell.language.selectOption({ label: 'Español' });
  await expect(shell.navLink('Vista general')).toBeVisible();
  await expect(shell.navLink('Proyectos')).toBeVisible();
  await expect(shell.dataAsOf).toContainText(
    /Datos a \d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/,
  );
  await expect(page).toHaveURL(/lang=es/);
  await expect(shell.document).toHaveAttribute('lang', 'es');
  // Remembered on the next screen; Spain's money: "." between thousands, "US$" after the amount.
  await page.goto('/projects');
  await expect(explorer.summary).toContainText(/\d+ proyectos · \d{1,3}(\.\d{3})+\sUS\$/);
});

test('an unknown address shows the not-found page with a way back', async ({ page, shell }) => {
  await page.goto('/no-such-screen?lang=en');
  await expect(shell.title('Page not found')).toBeVisible();
  await shell.toOverview.click();
  await expect(page).toHaveURL(/\/(\?|$)/);
});
