import { expect, test } from './support/fixtures';

test('RR.0083 shows its facts, its span and its news', async ({ page, project }) => {
  await page.goto('/projects/RR.0083?lang=en');
  await expect(project.heading).toContainText('AVRR programme in China');
  await expect(project.fact('Prima ID')).toHaveText('CN10P0503');
  await expect(project.fact('Start date')).toHaveText('2019');
  await expect(project.fact('End date')).toHaveText('2023');
  await expect(project.fact('Status')).toHaveText('Completed');
  await expect(project.fact('Project type')).toHaveText(
    'Assisted voluntary return and reintegration',
  );
  await expect(project.fact('Budget (USD)')).toHaveText('US$200,000');
  await expect(project.fact('Coverage')).toHaveText('National');
  await expect(project.fact('Funding year')).toHaveText('2019');
  await expect(project.fact('Region')).toHaveText('Asia and Oceania');
  await expect(project.fact('Project ID')).toHaveText('RR.0083');
  await expect(project.fact('Benefiting states')).toHaveText('China');
  await expect(project.span(/2019 – 2023 \(5 years\).*Data as of 31 October 2026/)).toBeVisible();
  const news = project.news;
  await expect(news.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(news.getByText('About this project').first()).toBeVisible();
});

test('an unknown id shows not-found with a way back', async ({ page, shell, project }) => {
  await page.goto('/projects/NO.SUCH.ID?lang=en');
  await expect(shell.title('Project not found')).toBeVisible();
  await expect(page.getByText(/NO\.SUCH\.ID/)).toBeVisible();
  await project.back('Back to projects').click();
  await expect(page).toHaveURL(/\/projects\?lang=en$/);
});

test('the back link returns to the list with the query string the page came with', async ({
  page,
  project,
}) => {
  const query = '?region=asia-oceania&status=completed&q=china&lang=en';
  await page.goto(`/projects/RR.0083${query}`);
  await expect(project.fact('Project ID')).toHaveText('RR.0083');
  await project.back('Back to projects').click();
  await expect(page).toHaveURL((url) => url.pathname === '/projects' && url.search === query);
});

test('French labels, codes, names and amounts with ?lang=fr', async ({ page, project }) => {
  await page.goto('/projects/RR.0083?lang=fr');
  await expect(project.fact('Date de début')).toHaveText('2019');
  await expect(project.fact('Statut')).toHaveText('Achevé');
  await expect(project.fact('États bénéficiaires')).toHaveText('Chine');
  // French groups thousands with a narrow no-break space.
  await expect(project.fact('Budget (USD)')).toHaveText(/^200\s000\s\$US$/);
  await expect(project.back('Retour aux projets')).toBeVisible();
});
