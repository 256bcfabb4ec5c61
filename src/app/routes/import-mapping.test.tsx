import { act, screen, within } from '@testing-library/react';
import { i18n } from '@/hooks/i18n';
import { describe, expect, it } from 'vitest';
import { csvFile, FRENCH_CSV, picker, renderImport, setupImportTests } from './import.test-utils';

setupImportTests();

describe('Import screen: column mapping', () => {
  it('suggests a field for each French header and leaves unknown ones out', async () => {
    const { user } = renderImport();
    await user.upload(await picker(), csvFile(FRENCH_CSV));
    expect(await screen.findByLabelText('Field for column Projet ID')).toHaveDisplayValue(
      'Project ID (required)',
    );
    expect(screen.getByLabelText('Field for column Titre')).toHaveDisplayValue('Title (required)');
    expect(screen.getByLabelText('Field for column Date de début')).toHaveDisplayValue(
      'Start date (required)',
    );
    expect(screen.getByLabelText('Field for column Statut du projet')).toHaveDisplayValue(
      'Status (required)',
    );
    expect(screen.getByLabelText('Field for column Pays')).toHaveDisplayValue('Benefiting states');
    expect(screen.getByLabelText('Field for column Enveloppe')).toHaveDisplayValue('Not imported');
    expect(screen.getByLabelText('Field for column Remarque')).toHaveDisplayValue('Not imported');
    expect(
      screen.getByText(/No column gives these required fields: Budget \(USD\)/),
    ).toBeInTheDocument();
    // Without a budget column every budget is "not provided": the projects can still be used.
    const report = screen.getByRole('region', { name: 'Import report' });
    const accepted = within(report).getByRole('table', { name: 'Accepted records (2)' });
    expect(within(accepted).getByRole('row', { name: /RR\.1/ })).toHaveTextContent('Not provided');
  });

  it('re-runs the import when a mapping is corrected, and lists each rejected record with its reasons', async () => {
    const { user } = renderImport();
    await user.upload(await picker(), csvFile(FRENCH_CSV));
    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByText('Accepted').nextElementSibling).toHaveTextContent(/^2$/);
    expect(screen.getByTestId('import-total-budget')).toHaveTextContent('US$0');

    await user.selectOptions(
      screen.getByLabelText('Field for column Enveloppe'),
      'Budget (USD) (required)',
    );
    await expect
      .poll(() => screen.getByTestId('import-total-budget').textContent)
      .toContain('US$165,001');
    expect(within(report).getByText('Rejected').nextElementSibling).toHaveTextContent(/^1$/);
    expect(screen.getByTestId('import-total-budget')).toHaveTextContent('US$165,001');
    expect(screen.queryByText(/No column gives these required fields/)).not.toBeInTheDocument();

    const rejected = within(report).getByRole('table', { name: 'Rejected records (1)' });
    const row = within(rejected).getByRole('row', { name: /RR\.2/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent('RR.2 (record 2)');
    expect(row).toHaveTextContent(
      'Start date “pas une date” is not a date (expected 2019, 2019-03 or 2019-03-15)',
    );
    expect(within(report).getByText('Column “Remarque” is not imported')).toBeInTheDocument();

    const accepted = within(report).getByRole('table', { name: 'Accepted records (2)' });
    expect(within(accepted).getByRole('row', { name: /RR\.1/ })).toHaveTextContent(
      /Retour volontaire.*China.*Completed.*US\$120,000/,
    );
    expect(within(accepted).getByRole('row', { name: /RR\.3/ })).toHaveTextContent(
      /Morocco.*Ongoing.*US\$45,001/,
    );
  });

  it('gives a field to one column only: choosing it elsewhere takes it from the first', async () => {
    const { user } = renderImport();
    await user.upload(await picker(), csvFile(FRENCH_CSV));
    await user.selectOptions(
      await screen.findByLabelText('Field for column Remarque'),
      'Title (required)',
    );
    expect(screen.getByLabelText('Field for column Titre')).toHaveDisplayValue('Not imported');
    expect(screen.getByLabelText('Field for column Remarque')).toHaveDisplayValue(
      'Title (required)',
    );
  });

  it('fills blank fields with the values given for them', async () => {
    const { user } = renderImport();
    const csv = 'id;title;start;budget;countries\nA.1;One;2019;1000;CN\nA.2;Two;2020;2000;MA\n';
    await user.upload(await picker(), csvFile(csv, 'no-status.csv'));
    expect(
      await screen.findByText(/No column gives these required fields: Status/),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Status where blank'), 'Ongoing');
    const report = screen.getByRole('region', { name: 'Import report' });
    await expect
      .poll(() => within(report).getByText('Accepted').nextElementSibling?.textContent)
      .toBe('2');
    expect(
      within(report).getByText('Status set to “ongoing” where blank (2 records)'),
    ).toBeInTheDocument();
  });

  it('speaks French: labels, mapping and rejection reasons', async () => {
    await act(() => i18n.changeLanguage('fr'));
    const { user } = renderImport();
    await user.upload(
      await picker('Choisir un fichier'),
      csvFile(FRENCH_CSV.replace('Enveloppe', 'Budget')),
    );
    expect(await screen.findByLabelText('Champ pour la colonne Projet ID')).toHaveDisplayValue(
      'ID du projet (obligatoire)',
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Importer vos propres données' }),
    ).toBeInTheDocument();
    const report = screen.getByRole('region', { name: 'Rapport d’import' });
    expect(report).toHaveTextContent('Date de début « pas une date » n’est pas une date');
    expect(screen.getByTestId('import-total-budget').textContent?.replace(/\s/g, ' ')).toBe(
      '165 001 $US',
    );
    expect(within(report).getByText('Format').nextElementSibling).toHaveTextContent(
      'CSV, séparé par des points-virgules',
    );
  });

  it('speaks Spanish: Spanish headers mapped, labels, reasons and amounts', async () => {
    await act(() => i18n.changeLanguage('es'));
    const { user } = renderImport();
    const spanish = [
      'ID del proyecto;Título;Fecha de inicio;Estado;Presupuesto;País;Nota',
      'RR.1;Retorno voluntario;2019;Finalizado;120000;China;a',
      'RR.2;Lucha contra la trata;no es una fecha;En curso;80000;Marruecos;b',
      'RR.3;Gestión de fronteras;2021;En curso;45000.50;Marruecos;c',
    ].join('\n');
    await user.upload(await picker('Elegir un archivo'), csvFile(spanish));
    expect(
      await screen.findByLabelText('Campo para la columna ID del proyecto'),
    ).toHaveDisplayValue('ID del proyecto (obligatorio)');
    expect(screen.getByLabelText('Campo para la columna Estado')).toHaveDisplayValue(
      'Estado (obligatorio)',
    );
    expect(screen.getByLabelText('Campo para la columna País')).toHaveDisplayValue(
      'Estados beneficiarios',
    );
    expect(screen.getByLabelText('Campo para la columna Nota')).toHaveDisplayValue('No importada');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Importar sus propios datos' }),
    ).toBeInTheDocument();
    const report = screen.getByRole('region', { name: 'Informe de importación' });
    expect(report).toHaveTextContent('Fecha de inicio «no es una fecha» no es una fecha');
    expect(screen.getByTestId('import-total-budget').textContent?.replace(/\s/g, ' ')).toBe(
      '165.001 US$',
    );
    expect(within(report).getByText('Formato').nextElementSibling).toHaveTextContent(
      'CSV, separado por puntos y comas',
    );
  });
});
