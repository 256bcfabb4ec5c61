import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/hooks/i18n';
import { FacetCheckboxes } from './facet-checkboxes';

afterEach(cleanup);

function renderStatus(selected: string[], onToggle = vi.fn()) {
  const counts = new Map([
    ['ongoing', 3],
    ['completed', 5],
  ]);
  const ui = (sel: string[]) => (
    <I18nextProvider i18n={i18n}>
      <FacetCheckboxes
        facet="status"
        label="Status"
        values={['ongoing', 'completed']}
        selected={sel}
        counts={counts}
        lang="en"
        onToggle={onToggle}
      />
    </I18nextProvider>
  );
  const view = render(ui(selected));
  return { onToggle, rerender: (sel: string[]) => view.rerender(ui(sel)) };
}

describe('FacetCheckboxes', () => {
  it('shows the choice at once, before the URL (the selection) catches up, then follows the URL', async () => {
    const user = userEvent.setup();
    const { onToggle, rerender } = renderStatus([]);
    const completed = screen.getByRole('checkbox', { name: /Completed/ });
    await user.click(completed);
    expect(onToggle).toHaveBeenLastCalledWith('completed', true);
    expect(completed).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /Ongoing/ }));
    expect(onToggle).toHaveBeenLastCalledWith('ongoing', true);
    expect(screen.getByRole('checkbox', { name: /Ongoing/ })).toBeChecked();

    // Back in history: the URL says nothing is selected, and the boxes follow it.
    rerender([]);
    expect(completed).not.toBeChecked();
    rerender(['completed']);
    expect(completed).toBeChecked();
  });
});
