import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parseProjectSummaries } from '../src/domain/parse-record';
import { projectsToCsv } from '../src/lib/csv/export';
import { readDataset } from '../src/test/datasets';

const IATI_FILE = 'undp_iati_Micronesia_Federated_Statesof_projects.xml';
const usd = (amount: number) =>
  new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  }).format(amount);
const count = (n: number) => new Intl.NumberFormat('en-GB').format(n);

/** Every project record the app's API serves, read in the page (where the mock API runs). */
async function apiRecords(page: Page): Promise<unknown[]> {
  return page.evaluate(async () => {
    const items: unknown[] = [];
    for (let offset = 0; ; offset += 5000) {
      const page = (await (await fetch(`/api/projects?offset=${offset}&limit=5000`)).json()) as {
        total: number;
        items: unknown[];
      };
      items.push(...page.items);
      if (page.items.length === 0 || items.length >= page.total) return items;
    }
  });
}

async function openImport(page: Page) {
  await page.goto('/import?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Import your own data' })).toBeVisible();
}

async function upload(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByLabel('Choose a file').setInputFiles({ name, mimeType, buffer });
}

/** The value after a label in the import report's summary. */
const summary = (page: Page, label: string) =>
  page
    .getByRole('region', { name: 'Import report' })
    .locator('dt', { hasText: new RegExp(`^${label}$`) })
    .locator('+ dd');

const SMALL_CSV =
  'id,title,startDate,status,budgetUsd,countries\nRR.1,One,2019,completed,1000,CN\nRR.2,Two,2020,ongoing,2500,MA\n';

async function importSmallCsv(page: Page, name: string) {
  await openImport(page);
  await upload(page, name, 'text/csv', Buffer.from(SMALL_CSV));
  await page.getByRole('button', { name: 'Use this portfolio' }).click();
  await expect(page).toHaveURL(/\/projects\?lang=en$/);
  await expect(page.getByRole('region', { name: 'Imported portfolio' })).toContainText(
    `Imported: ${name}`,
  );
}

test('a CSV exported from the sample imports back with the same totals', async ({ page }) => {
  await openImport(page);
  const records = await apiRecords(page);
  const { projects } = parseProjectSummaries(records);
  expect(projects.length).toBeGreaterThan(100);
  const csv = projectsToCsv({
    projects,
    lang: 'en',
    projectUrl: (id) => `http://localhost/projects/${id}`,
  });
  const budget =
    projects.reduce((cents, p) => cents + Math.round((p.budgetUsd ?? 0) * 100), 0) / 100;

  await upload(page, 'portfolio-all.csv', 'text/csv', Buffer.from(csv, 'utf8'));
  await expect(summary(page, 'Records read')).toHaveText(count(projects.length));
  await expect(summary(page, 'Accepted')).toHaveText(count(projects.length));
  await expect(summary(page, 'Rejected')).toHaveText('0');
  await expect(summary(page, 'Total budget of the accepted records')).toHaveText(usd(budget));
  await expect(page.getByLabel('Field for column Title [title]')).toHaveValue('title');

  await page.getByRole('button', { name: 'Use this portfolio' }).click();
  await expect(page).toHaveURL(/\/projects\?lang=en$/);
  await expect(page.getByRole('region', { name: 'Imported portfolio' })).toContainText(
    'Imported: portfolio-all.csv',
  );
  await expect(page.getByText('Source: imported file “portfolio-all.csv”')).toBeVisible();
});

test('a CSV downloaded from the Projects screen imports back with the same totals', async ({
  page,
}) => {
  await page.goto('/projects?lang=fr&region=africa,asia-oceania');
  const tableSummary = page.getByRole('status').filter({ hasText: /projets · / });
  await expect(tableSummary).toBeVisible();
  const before = await tableSummary.textContent();
  await page.getByRole('checkbox', { name: 'Toutes les colonnes' }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en CSV' }).click();
  const file = await (await download).path();
  const bytes = await readFile(file);

  await page.goto('/import?lang=fr');
  await page
    .getByLabel('Choisir un fichier')
    .setInputFiles({ name: 'export-fr.csv', mimeType: 'text/csv', buffer: bytes });
  await page.getByRole('button', { name: 'Utiliser ce portefeuille' }).click();
  await expect(page).toHaveURL(/\/projects\?lang=fr$/);
  await expect(page.getByRole('status').filter({ hasText: /projets · / })).toHaveText(before ?? '');
});

test('an IATI file shows its projects, each output rolled up into its parent, with countries and budgets', async ({
  page,
}) => {
  await openImport(page);
  await upload(page, IATI_FILE, 'application/xml', Buffer.from(readDataset(IATI_FILE)));
  await expect(summary(page, 'Format')).toHaveText('IATI activity XML');
  await expect(summary(page, 'Accepted')).toHaveText('2');
  await expect(summary(page, 'Total budget of the accepted records')).toHaveText('US$282,500');
  await expect(page.getByRole('region', { name: 'Columns' })).toHaveCount(0);
  await expect(
    page.getByText('Child activities rolled up into their parent, money counted once: 2'),
  ).toBeVisible();

  const accepted = page.getByRole('table', { name: 'Accepted records (2)' });
  await expect(accepted.getByRole('row')).toHaveCount(3);
  for (const row of await accepted
    .getByRole('row')
    .all()
    .then((rows) => rows.slice(1)))
    await expect(row.getByRole('cell').nth(1)).toHaveText('Micronesia');
  await expect(accepted.getByRole('row', { name: /XM-DAC-41114-PROJECT-00107990/ })).toContainText(
    'US$200,000',
  );
  await expect(accepted.getByRole('row', { name: /XM-DAC-41114-PROJECT-00106196/ })).toContainText(
    'US$82,500',
  );

  await page.getByRole('button', { name: 'Use this portfolio' }).click();
  await expect(page.getByRole('region', { name: 'Imported portfolio' })).toContainText(IATI_FILE);

  // The project page shows an imported activity like any other project.
  await page.goto('/projects/XM-DAC-41114-PROJECT-00107990?lang=en');
  const fact = (label: string) =>
    page.locator('dt').getByText(label, { exact: true }).locator('xpath=following-sibling::dd[1]');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('FSM Biodiversity PPG GEF 6');
  await expect(fact('Budget (USD)')).toHaveText('US$200,000');
  await expect(fact('Benefiting states')).toHaveText('Micronesia');
});

test('a malformed file gets a clear error and the portfolio in use stays', async ({ page }) => {
  await importSmallCsv(page, 'mine.csv');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Import' })
    .click();
  await upload(
    page,
    'broken.xml',
    'application/xml',
    Buffer.from('<iati-activities><iati-activity>'),
  );
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“broken.xml” could not be imported');
  await expect(alert).toContainText('The file is not well-formed XML.');
  await expect(page.getByRole('button', { name: 'Use this portfolio' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Imported portfolio' })).toContainText(
    'Imported: mine.csv',
  );
});

test('the imported portfolio survives a reload until the sample is restored', async ({ page }) => {
  await openImport(page);
  const sample = await page.evaluate(
    async () => ((await (await fetch('/api/meta')).json()) as { source: string }).source,
  );
  const sampleSource = page.getByText(`Source: ${sample}`, { exact: true });
  await expect(sampleSource).toBeVisible();
  await importSmallCsv(page, 'kept.csv');
  await expect(sampleSource).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Imported portfolio' })).toContainText(
    'Imported: kept.csv',
  );
  await expect(page.getByText('Source: imported file “kept.csv”')).toBeVisible();

  await page.getByRole('button', { name: 'Return to the sample portfolio' }).click();
  await expect(page.getByRole('region', { name: 'Imported portfolio' })).toHaveCount(0);
  await expect(sampleSource).toBeVisible();
  await page.reload();
  await expect(sampleSource).toBeVisible();
  await expect(page.getByRole('region', { name: 'Imported portfolio' })).toHaveCount(0);
});

test('the mapping step, the report and the error pass an accessibility check; the picker takes keyboard focus', async ({
  page,
}) => {
  await openImport(page);
  const picker = page.getByLabel('Choose a file');
  await picker.focus();
  await expect(picker).toBeFocused();
  const csv =
    'Projet ID;Titre;Date de début;Statut du projet;Enveloppe;Pays\nRR.1;Un;2019;Achevé;1000;Chine\nRR.2;Deux;pas une date;En cours;2000;Maroc\n';
  await upload(page, 'projets.csv', 'text/csv', Buffer.from(csv));
  await page.getByLabel('Field for column Enveloppe').selectOption('budgetUsd');
  await expect(summary(page, 'Accepted')).toHaveText('1');
  const check = async (state: string) => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map(
        (v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  };
  await check('report');
  await upload(page, 'broken.json', 'application/json', Buffer.from('{'));
  await expect(page.getByRole('alert')).toContainText('The file is not valid JSON.');
  await check('error');
});
