import { act, configure, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { createQueryClient } from '@/lib/api/query-client';
import { i18n } from '@/lib/i18n/i18n';
import { removeImportedPortfolio, useImportedPortfolio } from '@/lib/portfolio/imported-portfolio';

setupMockServer();
// The lazy route and, on first use, the parsers load on demand: slow on a cold start.
configure({ asyncUtilTimeout: 5000 });

/** What the store holds, shown where a test can read it. */
function StoreProbe() {
  const imported = useImportedPortfolio();
  const text = imported ? `${imported.name} | ${imported.projects.map((p) => p.id).join(',')} | rejected ${imported.rejected.map((r) => r.id).join(',')}` : 'none';
  return <output data-testid="store">{text}</output>;
}

function renderImport() {
  const router = createMemoryRouter(routes, { initialEntries: ['/import'] });
  render(
    <AppProvider queryClient={createQueryClient()}>
      <RouterProvider router={router} />
      <StoreProbe />
    </AppProvider>,
  );
  return { router, user: userEvent.setup() };
}

/** The file input, once the lazy route has loaded. */
const picker = (label = 'Choose a file') => screen.findByLabelText(label);

const csvFile = (text: string, name = 'projets.csv') => new File([text], name, { type: 'text/csv' });

/** French headers; "Enveloppe" is no budget header the importer knows; RR.2 has a start date that is no date. */
const FRENCH_CSV = [
  'Projet ID;Titre;Date de début;Statut du projet;Enveloppe;Pays;Remarque',
  'RR.1;Retour volontaire;2019;Achevé;120000;Chine;a',
  'RR.2;Lutte contre la traite;pas une date;En cours;80000;Maroc;b',
  'RR.3;Gestion des frontières;2021;En cours;45000.50;Maroc;c',
].join('\n');

afterEach(async () => {
  await act(() => removeImportedPortfolio());
  await act(() => i18n.changeLanguage('en'));
});

describe('Import screen', () => {
  it('suggests a field for each French header and leaves unknown ones out', async () => {
    const { user } = renderImport();
    await user.upload(await picker(), csvFile(FRENCH_CSV));
    expect(await screen.findByLabelText('Field for column Projet ID')).toHaveDisplayValue('Project ID (required)');
    expect(screen.getByLabelText('Field for column Titre')).toHaveDisplayValue('Title (required)');
    expect(screen.getByLabelText('Field for column Date de début')).toHaveDisplayValue('Start date (required)');
    expect(screen.getByLabelText('Field for column Statut du projet')).toHaveDisplayValue('Status (required)');
    expect(screen.getByLabelText('Field for column Pays')).toHaveDisplayValue('Benefiting states');
    expect(screen.getByLabelText('Field for column Enveloppe')).toHaveDisplayValue('Not imported');
    expect(screen.getByLabelText('Field for column Remarque')).toHaveDisplayValue('Not imported');
    expect(screen.getByText(/No column gives these required fields: Budget \(USD\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Use this portfolio' })).toBeDisabled();
  });

  it('re-runs the import when a mapping is corrected, and lists each rejected record with its reasons', async () => {
    const { user } = renderImport();
    await user.upload(await picker(), csvFile(FRENCH_CSV));
    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByText('Accepted').nextElementSibling).toHaveTextContent(/^0$/);

    await user.selectOptions(screen.getByLabelText('Field for column Enveloppe'), 'Budget (USD) (required)');
    await expect.poll(() => within(report).getByText('Accepted').nextElementSibling?.textContent).toBe('2');
    expect(within(report).getByText('Rejected').nextElementSibling).toHaveTextContent(/^1$/);
    expect(screen.getByTestId('import-total-budget')).toHaveTextContent('US$165,001');
    expect(screen.queryByText(/No column gives these required fields/)).not.toBeInTheDocument();

    const rejected = within(report).getByRole('table', { name: 'Rejected records (1)' });
    const row = within(rejected).getByRole('row', { name: /RR\.2/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent('RR.2 (record 2)');
    expect(row).toHaveTextContent('Start date “pas une date” is not a date (expected 2019, 2019-03 or 2019-03-15)');
    expect(within(report).getByText('Column “Remarque” is not imported')).toBeInTheDocument();

    const accepted = within(report).getByRole('table', { name: 'Accepted records (2)' });
    expect(within(accepted).getByRole('row', { name: /RR\.1/ })).toHaveTextContent(/Retour volontaire.*China.*Completed.*US\$120,000/);
    expect(within(accepted).getByRole('row', { name: /RR\.3/ })).toHaveTextContent(/Morocco.*Ongoing.*US\$45,001/);
  });

  it('gives a field to one column only: choosing it elsewhere takes it from the first', async () => {
    const { user } = renderImport();
    await user.upload(await picker(), csvFile(FRENCH_CSV));
    await user.selectOptions(await screen.findByLabelText('Field for column Remarque'), 'Title (required)');
    expect(screen.getByLabelText('Field for column Titre')).toHaveDisplayValue('Not imported');
    expect(screen.getByLabelText('Field for column Remarque')).toHaveDisplayValue('Title (required)');
  });

  it('fills blank fields with the values given for them', async () => {
    const { user } = renderImport();
    const csv = 'id;title;start;budget;countries\nA.1;One;2019;1000;CN\nA.2;Two;2020;2000;MA\n';
    await user.upload(await picker(), csvFile(csv, 'no-status.csv'));
    expect(await screen.findByText(/No column gives these required fields: Status/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Status where blank'), 'Ongoing');
    const report = screen.getByRole('region', { name: 'Import report' });
    await expect.poll(() => within(report).getByText('Accepted').nextElementSibling?.textContent).toBe('2');
    expect(within(report).getByText('Status set to “ongoing” where blank (2 records)')).toBeInTheDocument();
  });

  it('changes nothing until confirmed, then activates the portfolio and opens Projects', async () => {
    const { user, router } = renderImport();
    await user.upload(await picker(), csvFile(FRENCH_CSV));
    await user.selectOptions(await screen.findByLabelText('Field for column Enveloppe'), 'Budget (USD) (required)');
    const confirm = screen.getByRole('button', { name: 'Use this portfolio' });
    await expect.poll(() => confirm.hasAttribute('disabled')).toBe(false);
    expect(screen.getByTestId('store')).toHaveTextContent('none');

    await user.click(confirm);
    await expect.poll(() => router.state.location.pathname).toBe('/projects');
    expect(screen.getByTestId('store')).toHaveTextContent('projets.csv | RR.1,RR.3 | rejected RR.2');
    const badge = screen.getByRole('region', { name: 'Imported portfolio' });
    expect(badge).toHaveTextContent('Imported: projets.csv');
    expect(await screen.findByText('Source: imported file “projets.csv”')).toBeInTheDocument();

    await user.click(within(badge).getByRole('button', { name: 'Return to the sample portfolio' }));
    expect(screen.getByTestId('store')).toHaveTextContent('none');
    expect(screen.queryByRole('region', { name: 'Imported portfolio' })).not.toBeInTheDocument();
  });

  it('reads a file dropped on the zone', async () => {
    renderImport();
    await picker();
    const zone = screen.getByText(/Drag a file here and drop it/);
    const dataTransfer = { types: ['Files'], files: [csvFile(FRENCH_CSV, 'dropped.csv')], dropEffect: 'none' };
    fireEvent.dragOver(zone, { dataTransfer });
    expect(await screen.findByText('Drop the file to read it')).toBeInTheDocument();
    fireEvent.drop(zone, { dataTransfer });
    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByText('File').nextElementSibling).toHaveTextContent('dropped.csv');
  });

  it('cancelling leaves the portfolio as it was', async () => {
    const { user } = renderImport();
    await user.upload(await picker(), csvFile(FRENCH_CSV));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Import report' })).not.toBeInTheDocument();
    expect(screen.getByTestId('store')).toHaveTextContent('none');
  });

  it('imports our JSON directly, without a mapping step', async () => {
    const { user } = renderImport();
    const items = [{ id: 'RR.0083', primaId: 'CN10P0503', title: 'AVRR China', startDate: '2019', endDate: '2023', status: 'completed', type: 'avrr', budgetUsd: 200000, coverage: 'national', year: 2019, region: 'asia-oceania', countries: ['CN'] }];
    await user.upload(await picker(), new File([JSON.stringify({ items })], 'page.json', { type: 'application/json' }));
    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByText('Format').nextElementSibling).toHaveTextContent('JSON');
    expect(screen.getByTestId('import-total-budget')).toHaveTextContent('US$200,000');
    expect(screen.queryByRole('region', { name: 'Columns' })).not.toBeInTheDocument();
  });

  it('explains a malformed file and keeps the portfolio in use', async () => {
    const { user } = renderImport();
    await user.upload(await picker(), csvFile(FRENCH_CSV.replace('Enveloppe', 'Budget')));
    await user.click(await screen.findByRole('button', { name: 'Use this portfolio' }));
    await screen.findByRole('region', { name: 'Imported portfolio' });
    await user.click(screen.getByRole('link', { name: 'Import' }));

    await user.upload(await picker(), new File(['{ "items": [1, '], 'broken.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“broken.json” could not be imported');
    expect(alert).toHaveTextContent('The file is not valid JSON.');
    expect(alert).toHaveTextContent('The portfolio in use has not changed.');
    expect(screen.getByTestId('store')).toHaveTextContent('projets.csv | RR.1,RR.3 | rejected RR.2');
  });

  it('speaks French: labels, mapping and rejection reasons', async () => {
    await act(() => i18n.changeLanguage('fr'));
    const { user } = renderImport();
    await user.upload(await picker('Choisir un fichier'), csvFile(FRENCH_CSV.replace('Enveloppe', 'Budget')));
    expect(await screen.findByLabelText('Champ pour la colonne Projet ID')).toHaveDisplayValue('Projet ID (obligatoire)');
    expect(screen.getByRole('heading', { level: 1, name: 'Importer vos propres données' })).toBeInTheDocument();
    const report = screen.getByRole('region', { name: 'Rapport d’import' });
    expect(report).toHaveTextContent('Date de début « pas une date » n’est pas une date');
    expect(screen.getByTestId('import-total-budget').textContent?.replace(/\s/g, ' ')).toBe('165 001 $US');
    expect(within(report).getByText('Format').nextElementSibling).toHaveTextContent('CSV, séparé par des points-virgules');
  });
});
