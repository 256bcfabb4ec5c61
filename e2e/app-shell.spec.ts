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
  await expect(page.getByText(/Source: /)).toBeVisible();
});

test('every screen is reachable from the navigation', async ({ page }) => {
  await page.goto('/?lang=en');
  for (const screen of SCREENS) {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: screen.link, exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`${screen.path === '/' ? '/' : screen.path}(\\?|$)`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

test('switching to Français changes the labels and the formats, and is remembered', async ({
  page,
  shell,
}) => {
  await page.goto('/?lang=en');
  await expect(shell.dataAsOf).toContainText('Data as of');
  await shell.language.selectOption({ label: 'Français' });
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Vue d’ensemble' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Projets', exact: true })).toBeVisible();
  await expect(shell.dataAsOf).toContainText(
    /Données au \d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
  );
  await expect(page).toHaveURL(/lang=fr/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.goto('/projects');
  await expect(
    page.getByRole('navigation').getByRole('link', { name: 'Projets', exact: true }),
  ).toBeVisible();
});

test('switching to Español speaks Spanish: labels, dates and money', async ({ page, shell }) => {
  await page.goto('/?lang=en');
  await shell.language.selectOption({ label: 'Español' });
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Vista general' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Proyectos', exact: true })).toBeVisible();
  await expect(shell.dataAsOf).toContainText(
    /Datos a \d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/,
  );
  await expect(page).toHaveURL(/lang=es/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // Remembered on the next screen; Spain's money: "." between thousands, "US$" after the amount.
  await page.goto('/projects');
  await expect(page.getByText(/^\d+ proyectos · \d{1,3}(\.\d{3})+\sUS\$$/)).toBeVisible();
});

test('an unknown address shows the not-found page with a way back', async ({ page }) => {
  await page.goto('/no-such-screen?lang=en');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page).toHaveURL(/\/(\?|$)/);
});
