import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { i18n } from '@/hooks/i18n';
import { useImportedPortfolio } from '@/hooks/portfolio/use-imported-portfolio';
import { removeImportedPortfolio } from '@/lib/portfolio/imported-portfolio';
import { renderRoute } from '@/test/render-route';

/** The mock API, and a clean store and language after each test. */
export function setupImportTests(): void {
  setupMockServer();
  afterEach(async () => {
    await act(() => removeImportedPortfolio());
    await act(() => i18n.changeLanguage('en'));
  });
}

/** What the store holds, shown where a test can read it. */
function StoreProbe() {
  const imported = useImportedPortfolio();
  const text = imported
    ? `${imported.name} | ${imported.projects.map((p) => p.id).join(',')} | rejected ${imported.rejected.map((r) => r.id).join(',')}`
    : 'none';
  return <output data-testid="store">{text}</output>;
}

/** The real router at /import, with the store's content in `data-testid="store"`. */
export function renderImport() {
  const { router } = renderRoute('/import', { children: <StoreProbe /> });
  return { router, user: userEvent.setup() };
}

/** The file input, once the lazy route has loaded. */
export const picker = (label = 'Choose a file') => screen.findByLabelText(label);

export const csvFile = (text: string, name = 'projets.csv') =>
  new File([text], name, { type: 'text/csv' });

/** French headers; "Enveloppe" is no budget header the importer knows; RR.2 has a start date that is no date. */
export const FRENCH_CSV = [
  'Projet ID;Titre;Date de début;Statut du projet;Enveloppe;Pays;Remarque',
  'RR.1;Retour volontaire;2019;Achevé;120000;Chine;a',
  'RR.2;Lutte contre la traite;pas une date;En cours;80000;Maroc;b',
  'RR.3;Gestion des frontières;2021;En cours;45000.50;Maroc;c',
].join('\n');
