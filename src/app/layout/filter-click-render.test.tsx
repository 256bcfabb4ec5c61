import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { renderRoute } from '@/test/render-route';

setupMockServer();

type ActGlobal = { IS_REACT_ACT_ENVIRONMENT?: boolean };

/**
 * Clicks as the browser does, outside act(), and lets the task after the click's run: what React
 * renders later (a transition's slices, an effect's state) is not in the DOM then, as it would
 * not be in the next frame.
 */
async function browserClickAndNextTask(element: HTMLElement): Promise<void> {
  const scope = globalThis as ActGlobal;
  const before = scope.IS_REACT_ACT_ENVIRONMENT;
  scope.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    element.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    scope.IS_REACT_ACT_ENVIRONMENT = before;
  }
}

/* Below the Worker threshold the engine answers in the render: one task after the click's draws it all. */
describe('a filter click on a portfolio computed on this thread', () => {
  it('shows the filtered view, its chip and its address one task after the click', async () => {
    const { router } = renderRoute('/projects?lang=en');
    const heading = await screen.findByRole('heading', { name: 'Filters' });
    const panel = within(heading.closest('section')!);
    const summary = await screen.findByText(/^[\d,]+ projects/, { selector: '.explorer-summary' });
    const africa = panel.getByRole('checkbox', { name: /^Africa/ });
    const count = africa.closest('label')!.querySelector('.facet-count')!.textContent!;
    expect(summary.textContent).not.toMatch(new RegExp(`^${count} projects`));

    await browserClickAndNextTask(africa);

    // No more waiting: the render ran whole in that task (flushSync), not in a transition's slices.
    expect(router.state.location.search).toContain('region=');
    expect(summary.textContent).toMatch(new RegExp(`^${count} projects`));
    expect(screen.getByRole('button', { name: /Africa/ })).toBeInTheDocument();
  });
});
