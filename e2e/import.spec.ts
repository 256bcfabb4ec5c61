import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseProjectSummaries } from '../src/domain/parse-record';
import { projectsToCsv } from '../src/lib/csv/export';
import { readDataset } from '../src/test/datasets';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { AppShell, ImportScreen } from './support/pages';
import { servedProjects, servedSource } from './support/served';

const IATI_FILE = 'undp_iati_Micronesia_Federated_Statesof_projects.xml';
const usd = (amount: number) =>
  new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  }).format(amount);
const count = (n: number) => new Intl.NumberFormat('en-GB').format(n);

async function openImport(page: Page) {
  await page.goto('/import?lang=en');
  await expect(new AppShell(page).title('Import your own data')).toBeVisible();
}

async function upload(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await new ImportScreen(page).picker().setInputFiles({ name, mimeType, buffer });
}

const SMALL_CSV =
  'id,title,startDate,status,budgetUsd,countries\nRR.1,One,2019,completed,1000,CN\nRR.2,Two,2020,ongoing,2500,MA\n';

async function importSmallCsv(page: Page, name: string) {
  await openImport(page);
  await upload(page, name, 'text/csv', Buffer.from(SMALL_CSV));
  await new ImportScreen(page).confirm().click();
  await expect(page).toHaveURL(/\/projects\?lang=en$/);
  await expect(new AppShell(page).importedPortfolio).toContainText(`Imported: ${name}`);
}

test('a CSV exported from the sample imports back with the same totals', async ({
  page,
  shell,
  importer,
}) => {
  await openImport(page);
  const records = await servedProjects(page);
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
  await expect(importer.reportValue('Records read')).toHaveText(count(projects.length));
  await expect(importer.reportValue('Accepted')).toHaveText(count(projects.length));
  await expect(importer.reportValue('Rejected')).toHaveText('0');
  await expect(importer.reportValue('Total budget of the accepted records')).toHaveText(
    usd(budget),
  );
  await expect(importer.fieldFor('Title [title]')).toHaveValue('title');

  await importer.confirm().click();
  await expect(page).toHaveURL(/\/projects\?lang=en$/);
  await expect(shell.importedPortfolio).toContainText('Imported: portfolio-all.csv');
  await expect(shell.source('imported file “portfolio-all.csv”')).toBeVisible();
});

test('a CSV downloaded from the Projects screen imports back with the same totals', async ({
  page,
  explorer,
  importer,
}) => {
  await page.goto('/projects?lang=fr&region=africa,asia-oceania');
  await expect(explorer.summary).toBeVisible();
  const before = await explorer.summary.textContent();
  await explorer.allColumns('Toutes les colonnes').check();
  const download = page.waitForEvent('download');
  await explorer.exportButton('Exporter en CSV').click();
  const file = await (await download).path();
  const bytes = await readFile(file);

  await page.goto('/import?lang=fr');
  await importer
    .picker('Choisir un fichier')
    .setInputFiles({ name: 'export-fr.csv', mimeType: 'text/csv', buffer: bytes });
  await importer.confirm('Utiliser ce portefeuille').click();
  await expect(page).toHaveURL(/\/projects\?lang=fr$/);
  await expect(explorer.summary).toHaveText(before ?? '');
});

test('an IATI file shows its projects, each output rolled up into its parent, with countries and budgets', async ({
  page,
  shell,
  importer,
  project,
}) => {
  await openImport(page);
  await upload(page, IATI_FILE, 'application/xml', Buffer.from(readDataset(IATI_FILE)));
  await expect(importer.reportValue('Format')).toHaveText('IATI activity XML');
  await expect(importer.reportValue('Accepted')).toHaveText('2');
  await expect(importer.reportValue('Total budget of the accepted records')).toHaveText(
    'US$282,500',
  );
  await expect(importer.columns).toHaveCount(0);
  await expect(
    page.getByText('Child activities rolled up into their parent, money counted once: 2'),
  ).toBeVisible();

  const accepted = importer.accepted('Accepted records (2)');
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

  await importer.confirm().click();
  await expect(shell.importedPortfolio).toContainText(IATI_FILE);

  // The project page shows an imported activity like any other project.
  await page.goto('/projects/XM-DAC-41114-PROJECT-00107990?lang=en');
  await expect(project.heading).toContainText('FSM Biodiversity PPG GEF 6');
  await expect(project.fact('Budget (USD)')).toHaveText('US$200,000');
  await expect(project.fact('Benefiting states')).toHaveText('Micronesia');
});

test('a malformed file gets a clear error and the portfolio in use stays', async ({
  page,
  shell,
  importer,
}) => {
  await importSmallCsv(page, 'mine.csv');
  await shell.navLink('Import').click();
  await upload(
    page,
    'broken.xml',
    'application/xml',
    Buffer.from('<iati-activities><iati-activity>'),
  );
  await expect(shell.alert).toContainText('“broken.xml” could not be imported');
  await expect(shell.alert).toContainText('The file is not well-formed XML.');
  await expect(importer.confirm()).toHaveCount(0);
  await expect(shell.importedPortfolio).toContainText('Imported: mine.csv');
});

test('the imported portfolio survives a reload until the sample is restored', async ({
  page,
  shell,
}) => {
  await openImport(page);
  const sampleSource = shell.source(await servedSource(page), true);
  await expect(sampleSource).toBeVisible();
  await importSmallCsv(page, 'kept.csv');
  await expect(sampleSource).toHaveCount(0);
  await page.reload();
  await expect(shell.importedPortfolio).toContainText('Imported: kept.csv');
  await expect(shell.source('imported file “kept.csv”')).toBeVisible();

  await shell.returnToSample.click();
  await expect(shell.importedPortfolio).toHaveCount(0);
  await expect(sampleSource).toBeVisible();
  await page.reload();
  await expect(sampleSource).toBeVisible();
  await expect(shell.importedPortfolio).toHaveCount(0);
});

test('the mapping step, the report and the error pass an accessibility check; the picker takes keyboard focus', async ({
  page,
  shell,
  importer,
}) => {
  await openImport(page);
  const picker = importer.picker();
  await picker.focus();
  await expect(picker).toBeFocused();
  const csv =
    'Projet ID;Titre;Date de début;Statut du projet;Enveloppe;Pays\nRR.1;Un;2019;Achevé;1000;Chine\nRR.2;Deux;pas une date;En cours;2000;Maroc\n';
  await upload(page, 'projets.csv', 'text/csv', Buffer.from(csv));
  await importer.fieldFor('Enveloppe').selectOption('budgetUsd');
  await expect(importer.reportValue('Accepted')).toHaveText('1');
  const check = async (state: string) => {
    // Every rule, every impact.
    const found = await axeViolations(page, { rules: 'all', impact: 'any' });
    expect(found, state).toEqual([]);
  };
  await check('report');
  await upload(page, 'broken.json', 'application/json', Buffer.from('{'));
  await expect(shell.alert).toContainText('The file is not valid JSON.');
  await check('error');
});
