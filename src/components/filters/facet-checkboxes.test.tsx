import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { FacetCheckboxes } from './facet-checkboxes';

afterEach(cleanup);

function renderStatus(selected: string[], onChange = vi.fn()) {
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
        onChange={onChange}
      />
    </I18nextProvider>
  );
  const view = render(ui(selected));
  return { onChange, rerender: (sel: string[]) => view.rerender(ui(sel)) };
}

describe('FacetCheckboxes', () => {
  it('shows the choice at once, before the URL (the selection) catches up, then follows the URL', async () => {
    const user = userEvent.setup();
    const { onChange, rerender } = renderStatus([]);
    const completed = screen.getByRole('checkbox', { name: /Completed/ });
    await user.click(completed);
    expect(onChange).toHaveBeenLastCalledWith(['completed']);
    expect(completed).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /Ongoing/ }));
    expect(onChange).toHaveBeenLastCalledWith(['completed', 'ongoing']);

    // Back in history: the URL says nothing is selected, and the boxes follow it.
    rerender([]);
    expect(completed).not.toBeChecked();
    rerender(['completed']);
    expect(completed).toBeChecked();
  });
});
