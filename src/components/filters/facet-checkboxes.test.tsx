import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '@/test/render-route';
import { FacetCheckboxes } from './facet-checkboxes';

/** The Status facet, its selection held as the URL holds it: `rerender` is the URL changing. */
function renderStatus(selected: string[], onToggle = vi.fn()) {
  const counts = new Map([
    ['ongoing', 3],
    ['completed', 5],
  ]);
  let setSelected: (sel: string[]) => void = () => undefined;
  function Host() {
    const [sel, set] = useState(selected);
    setSelected = set;
    return (
      <FacetCheckboxes
        facet="status"
        label="Status"
        values={['ongoing', 'completed']}
        selected={sel}
        counts={counts}
        lang="en"
        onToggle={onToggle}
      />
    );
  }
  renderRoute('/', { element: <Host /> });
  return { onToggle, rerender: (sel: string[]) => act(() => setSelected(sel)) };
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
