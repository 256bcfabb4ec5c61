import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { renderRoute } from '@/test/render-route';

setupMockServer();

type ActGlobal = { IS_REACT_ACT_ENVIRONMENT?: boolean };

/**
 * Clicks as the browser does, outside act(): what React renders later (a transition, an effect's
 * state) is not in the DOM when the click returns, as it would not be in the next frame.
 */
function browserClick(element: HTMLElement): void {
  const scope = globalThis as ActGlobal;
  const before = scope.IS_REACT_ACT_ENVIRONMENT;
  scope.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    element.click();
  } finally {
    scope.IS_REACT_ACT_ENVIRONMENT = before;
  }
}

/* Below the Worker threshold the engine answers in the render: the click's own task draws it all. */
describe('a filter click on a portfolio computed on this thread', () => {
  it('shows the filtered view, its chip and its address when the click returns', async () => {
    const { router } = renderRoute('/projects?lang=en');
    const heading = await screen.findByRole('heading', { name: 'Filters' });
    const panel = within(heading.closest('section')!);
    const summary = await screen.findByText(/^[\d,]+ projects/, { selector: '.explorer-summary' });
    const africa = panel.getByRole('checkbox', { name: /^Africa/ });
    const count = africa.closest('label')!.querySelector('.facet-count')!.textContent!;
    expect(summary.textContent).not.toMatch(new RegExp(`^${count} projects`));

    browserClick(africa);

    // No waiting: the render ran in the click (flushSync), not in a transition sliced over frames.
    expect(router.state.location.search).toContain('region=');
    expect(summary.textContent).toMatch(new RegExp(`^${count} projects`));
    expect(screen.getByRole('button', { name: /Africa/ })).toBeInTheDocument();
  });
});
