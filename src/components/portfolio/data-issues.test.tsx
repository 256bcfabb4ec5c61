import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '@/hooks/i18n';
import {
  activateImportedPortfolio,
  removeImportedPortfolio,
} from '@/lib/portfolio/imported-portfolio';
import { makeProject } from '@/test/make-project';
import { renderRoute } from '@/test/render-route';
import { DataIssues } from './data-issues';

afterEach(async () => {
  await act(() => removeImportedPortfolio());
  await i18n.changeLanguage('en');
});

function renderIssues() {
  renderRoute('/', { element: <DataIssues /> });
}

const ended = {
  index: 0,
  id: 'XM-1',
  reasons: [{ code: 'ongoing_but_ended' as const, field: 'status', value: '2015-06-30' }],
};

describe('Data issues', () => {
  it('lists an imported project whose status contradicts its dates, shown in the views', async () => {
    await act(() =>
      activateImportedPortfolio({
        name: 'undp.xml',
        importedAt: '2026-11-30T08:00:00Z',
        projects: [makeProject({ id: 'XM-1', status: 'ongoing' }), makeProject({ id: 'XM-2' })],
        rejected: [],
        flagged: [ended],
      }),
    );
    renderIssues();
    await userEvent.click(screen.getByRole('button', { name: /Data issues: 1/ }));
    const dialog = screen.getByRole('dialog', { name: 'Data issues' });
    const table = within(dialog).getByRole('table', { name: 'Shown, with a question (1)' });
    expect(within(table).getByRole('rowheader')).toHaveTextContent('XM-1 (record 1)');
    expect(table).toHaveTextContent('Status is ongoing but the activity ended on 2015-06-30');
    expect(dialog).toHaveTextContent(/1 project is in every view and total/);
    expect(dialog).not.toHaveTextContent(/rejected/);
  });

  it('counts rejected and questioned records together, each under its heading, in French too', async () => {
    await act(() =>
      activateImportedPortfolio({
        name: 'undp.xml',
        importedAt: '2026-11-30T08:00:00Z',
        projects: [makeProject({ id: 'XM-1', status: 'ongoing' })],
        rejected: [{ index: 1, id: 'XM-9', reasons: [{ code: 'missing', field: 'title' }] }],
        flagged: [ended],
      }),
    );
    await i18n.changeLanguage('fr');
    renderIssues();
    await userEvent.click(screen.getByRole('button', { name: /Problèmes de données : 2/ }));
    const dialog = screen.getByRole('dialog', { name: 'Problèmes de données' });
    expect(within(dialog).getByRole('table', { name: 'Rejetés (1)' })).toHaveTextContent(
      'Titre manquant',
    );
    expect(
      within(dialog).getByRole('table', { name: 'Affichés, avec une question (1)' }),
    ).toHaveTextContent('Le statut est « en cours » mais l’activité s’est terminée le 2015-06-30');
  });
});
