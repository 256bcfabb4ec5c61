import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '@/test/render-route';
import { FacetCheckboxes } from './facet-checkboxes';
import { facetValueLabel } from './facet-options';
import type * as FacetOptions from './facet-options';

// The options' labels are read through a spy: each call is one option drawn.
vi.mock('./facet-options', async (original) => {
  const actual = await original<typeof FacetOptions>();
  return { ...actual, facetValueLabel: vi.fn(actual.facetValueLabel) };
});

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

  it('draws again only the options whose count or checked state changed', () => {
    const onToggle = vi.fn();
    let setCounts: (counts: Map<string, number>) => void = () => undefined;
    function Host() {
      const [counts, set] = useState(
        () =>
          new Map([
            ['ongoing', 3],
            ['completed', 5],
            ['pipeline', 2],
          ]),
      );
      setCounts = set;
      return (
        <FacetCheckboxes
          facet="status"
          label="Status"
          values={['ongoing', 'completed', 'pipeline']}
          selected={[]}
          counts={counts}
          lang="en"
          onToggle={onToggle}
        />
      );
    }
    renderRoute('/', { element: <Host /> });
    const drawn = () => vi.mocked(facetValueLabel).mock.calls.map(([, value]) => value);
    expect(drawn()).toEqual(expect.arrayContaining(['ongoing', 'completed', 'pipeline']));
    vi.mocked(facetValueLabel).mockClear();

    // A new view (a new Map) where only Completed's count changed.
    act(() =>
      setCounts(
        new Map([
          ['ongoing', 3],
          ['completed', 4],
          ['pipeline', 2],
        ]),
      ),
    );
    expect(drawn()).toEqual(['completed']);
    expect(screen.getByRole('checkbox', { name: /Completed/ }).closest('label')).toHaveTextContent(
      '4',
    );
  });
});
