import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The value beside a label in the project's description list. */
const fact = (page: Page, label: string) =>
  page.locator('dt').getByText(label, { exact: true }).locator('xpath=following-sibling::dd[1]');

test('RR.0083 shows its facts, its span and its news', async ({ page }) => {
  await page.goto('/projects/RR.0083?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AVRR programme in China');
  await expect(fact(page, 'Prima ID')).toHaveText('CN10P0503');
  await expect(fact(page, 'Start date')).toHaveText('2019');
  await expect(fact(page, 'End date')).toHaveText('2023');
  await expect(fact(page, 'Status')).toHaveText('Completed');
  await expect(fact(page, 'Project type')).toHaveText(
    'Assisted voluntary return and reintegration',
  );
  await expect(fact(page, 'Budget (USD)')).toHaveText('US$200,000');
  await expect(fact(page, 'Coverage')).toHaveText('National');
  await expect(fact(page, 'Funding year')).toHaveText('2019');
  await expect(fact(page, 'Region')).toHaveText('Asia and Oceania');
  await expect(fact(page, 'Project ID')).toHaveText('RR.0083');
  await expect(fact(page, 'Benefiting states')).toHaveText('China');
  await expect(
    page.getByRole('img', { name: /2019 – 2023 \(5 years\).*Data as of 31 October 2026/ }),
  ).toBeVisible();
  const news = page.getByRole('region', { name: 'Related news' });
  await expect(news.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(news.getByText('About this project').first()).toBeVisible();
});

test('an unknown id shows not-found with a way back', async ({ page }) => {
  await page.goto('/projects/NO.SUCH.ID?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Project not found' })).toBeVisible();
  await expect(page.getByText(/NO\.SUCH\.ID/)).toBeVisible();
  await page.getByRole('link', { name: 'Back to projects' }).click();
  await expect(page).toHaveURL(/\/projects\?lang=en$/);
});

test('the back link returns to the list with the query string the page came with', async ({
  page,
}) => {
  const query = '?region=asia-oceania&status=completed&q=china&lang=en';
  await page.goto(`/projects/RR.0083${query}`);
  await expect(fact(page, 'Project ID')).toHaveText('RR.0083');
  await page.getByRole('link', { name: 'Back to projects' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/projects' && url.search === query);
});

test('French labels, codes, names and amounts with ?lang=fr', async ({ page }) => {
  await page.goto('/projects/RR.0083?lang=fr');
  await expect(fact(page, 'Date de début')).toHaveText('2019');
  await expect(fact(page, 'Statut')).toHaveText('Achevé');
  await expect(fact(page, 'États bénéficiaires')).toHaveText('Chine');
  // French groups thousands with a narrow no-break space.
  await expect(fact(page, 'Budget (USD)')).toHaveText(/^200\s000\s\$US$/);
  await expect(page.getByRole('link', { name: 'Retour aux projets' })).toBeVisible();
});

test('the project page and its not-found state have no accessibility violations', async ({
  page,
}) => {
  for (const path of [
    '/projects/RR.0083?lang=en',
    '/projects/MH.0078?lang=fr',
    '/projects/NO.SUCH.ID?lang=en',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('status')).toHaveCount(0);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map(
        (v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  }
});
