import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { mockInvalidRecords } from '@mocks/scenarios';
import { server } from '@mocks/node';
import { i18n } from '@/hooks/i18n';
import { renderRoute } from '@/test/render-route';

setupMockServer();
beforeEach(async () => {
  await i18n.changeLanguage('en');
});

describe('app shell', () => {
  it('shows the navigation and the data date from the API', async () => {
    renderRoute('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    for (const name of ['Overview', 'Projects', 'Timeline', 'Budget']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(await screen.findByText(/Data as of 31 October 2026/)).toBeInTheDocument();
  });

  it('switches every label and the date format to French', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/');
    await screen.findByText(/Data as of/);
    await user.selectOptions(screen.getByLabelText('Language'), 'fr');
    const nav = screen.getByRole('navigation', { name: 'Principale' });
    expect(within(nav).getByRole('link', { name: 'Vue d’ensemble' })).toBeInTheDocument();
    expect(await screen.findByText(/Données au 31 octobre 2026/)).toBeInTheDocument();
    expect(router.state.location.search).toContain('lang=fr');
  });

  it('shows the not-found page for an unknown address', async () => {
    renderRoute('/no-such-screen');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/');
  });

  it('counts rejected records in the header and lists each with its reason', async () => {
    server.use(...mockInvalidRecords());
    const user = userEvent.setup();
    renderRoute('/');
    const button = await screen.findByRole('button', { name: /Data issues: 7/ });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Data issues' });
    await waitFor(() =>
      expect(within(dialog).getByText(/7 records were rejected/)).toBeInTheDocument(),
    );
    expect(screen.getByText(/is before the start date/)).toBeInTheDocument();
    expect(screen.getByText(/Title is missing/)).toBeInTheDocument();
  });
});
