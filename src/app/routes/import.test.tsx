import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeProject } from '@/test/make-project';
import { csvFile, FRENCH_CSV, picker, renderImport, setupImportTests } from './import.test-utils';

setupImportTests();

describe('Import screen', () => {
  it('changes nothing until confirmed, then activates the portfolio and opens Projects', async () => {
    const { user, router } = renderImport();
    await user.upload(await picker(), csvFile(FRENCH_CSV));
    await user.selectOptions(
      await screen.findByLabelText('Field for column Enveloppe'),
      'Budget (USD) (required)',
    );
    const confirm = screen.getByRole('button', { name: 'Use this portfolio' });
    await expect.poll(() => confirm.hasAttribute('disabled')).toBe(false);
    expect(screen.getByTestId('store')).toHaveTextContent('none');

    await user.click(confirm);
    await expect.poll(() => router.state.location.pathname).toBe('/projects');
    expect(screen.getByTestId('store')).toHaveTextContent(
      'projets.csv | RR.1,RR.3 | rejected RR.2',
    );
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
    const dataTransfer = {
      types: ['Files'],
      files: [csvFile(FRENCH_CSV, 'dropped.csv')],
      dropEffect: 'none',
    };
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
    const items = [makeProject({ id: 'RR.0083', budgetUsd: 200000 })];
    await user.upload(
      await picker(),
      new File([JSON.stringify({ items })], 'page.json', { type: 'application/json' }),
    );
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

    await user.upload(
      await picker(),
      new File(['{ "items": [1, '], 'broken.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“broken.json” could not be imported');
    expect(alert).toHaveTextContent('The file is not valid JSON.');
    expect(alert).toHaveTextContent('The portfolio in use has not changed.');
    expect(screen.getByTestId('store')).toHaveTextContent(
      'projets.csv | RR.1,RR.3 | rejected RR.2',
    );
  });
});
