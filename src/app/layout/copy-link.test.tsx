import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { i18n } from '@/hooks/i18n';
import { renderRoute } from '@/test/render-route';

setupMockServer();
beforeEach(async () => {
  await i18n.changeLanguage('en');
});
const execCommand = document.execCommand;
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.execCommand = execCommand;
});

describe('Copy link', () => {
  it('copies the view without the language and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    renderRoute('/map?region=africa&lang=fr&measure=projects');
    await user.click(await screen.findByRole('button', { name: 'Copier le lien' }));
    expect(writeText).toHaveBeenCalledWith(
      `${window.location.origin}/map?region=africa&measure=projects`,
    );
    expect(await screen.findByText(/^Lien copié/)).toHaveAttribute('aria-live', 'polite');
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    document.execCommand = () => false;
    renderRoute('/projects?q=rr0083&lang=en');
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('textbox', { name: 'Link to this view' })).toHaveValue(
      `${window.location.origin}/projects?q=rr0083`,
    );
  });
});
