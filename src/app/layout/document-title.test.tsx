import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { i18n } from '@/hooks/i18n';
import { renderRoute } from '@/test/render-route';
import { AddressWrites } from '../address-writes';
import { DocumentTitle } from './document-title';

setupMockServer();
beforeEach(async () => {
  await i18n.changeLanguage('en');
});
afterEach(cleanup);

describe('document title', () => {
  it.each([
    ['/', 'Overview – Portfolio dashboard'],
    ['/timeline', 'Timeline – Portfolio dashboard'],
    ['/import', 'Import – Portfolio dashboard'],
    ['/projects/RR.0083', 'Project RR.0083 – Portfolio dashboard'],
    ['/no-such-screen', 'Page not found – Portfolio dashboard'],
    [
      '/map?region=africa&status=completed',
      'Map (Region: Africa, Status: Completed) – Portfolio dashboard',
    ],
    [
      '/projects?region=africa&status=ongoing&year=2015&q=water&budgetMin=1000',
      'Projects (Region: Africa, Status: Ongoing, Funding year: 2015, 2 more filters) – Portfolio dashboard',
    ],
  ])('names the screen and the filters on %s', async (path, title) => {
    renderRoute(path);
    await waitFor(() => expect(document.title).toBe(title));
  });

  it('follows the interface language', async () => {
    renderRoute('/budget?region=asia-oceania');
    await waitFor(() =>
      expect(document.title).toBe('Budget (Region: Asia and Oceania) – Portfolio dashboard'),
    );
    await act(() => i18n.changeLanguage('fr'));
    await screen.findByRole('navigation', { name: 'Principale' });
    expect(document.title).toMatch(/^Budget \(Région\u00a0: Asie et Océanie\) – /);
  });

  it('is set once the address it names is written to the history, not before', async () => {
    const held: (() => void)[] = [];
    document.title = 'The view before';
    renderRoute('/map?region=africa', {
      element: (
        <AddressWrites.Provider value={(run) => held.push(run)}>
          <DocumentTitle />
        </AddressWrites.Provider>
      ),
    });
    await waitFor(() => expect(held.length).toBeGreaterThan(0));
    expect(document.title).toBe('The view before');
    act(() => held.forEach((run) => run()));
    expect(document.title).toBe('Map (Region: Africa) – Portfolio dashboard');
  });
});
