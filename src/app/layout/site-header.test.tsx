import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { i18n } from '@/hooks/i18n';
import { renderRoute } from '@/test/render-route';

setupMockServer();
beforeEach(async () => {
  await i18n.changeLanguage('en');
});

const nav = () => screen.findByRole('navigation', { name: 'Main' });

describe('Main navigation', () => {
  it('keeps the query string on every link and marks the current screen', async () => {
    renderRoute('/map?lang=en&region=africa');
    const links = within(await nav());
    expect(links.getByRole('link', { name: 'Projects' })).toHaveAttribute(
      'href',
      '/projects?lang=en&region=africa',
    );
    expect(links.getByRole('link', { name: 'Map' })).toHaveAttribute('aria-current', 'page');
    expect(links.getByRole('link', { name: 'Map' })).toHaveClass('active');
    expect(links.getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current');
  });

  it('follows a link in the app, in history, keeping the filters', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/map?lang=en&region=africa');
    await user.click(within(await nav()).getByRole('link', { name: 'Budget' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/budget'));
    expect(router.state.location.search).toBe('?lang=en&region=africa');
    expect(router.state.historyAction).toBe('PUSH');
    await waitFor(async () =>
      expect(within(await nav()).getByRole('link', { name: 'Budget' })).toHaveAttribute(
        'aria-current',
        'page',
      ),
    );
  });

  it('leaves a click with a modifier key (new tab or window) to the browser', async () => {
    const { router } = renderRoute('/map?lang=en');
    const link = within(await nav()).getByRole('link', { name: 'Projects' });
    // fireEvent returns false when a handler prevented the default action.
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(router.state.location.pathname).toBe('/map');
    expect(fireEvent.click(link)).toBe(false);
    await waitFor(() => expect(router.state.location.pathname).toBe('/projects'));
  });
});
