import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { renderRoute } from '@/test/render-route';

setupMockServer();

async function renderTimeline(path: string) {
  const view = renderRoute(path);
  await screen.findByRole('heading', { level: 1, name: 'Timeline' });
  return view;
}

const groupBy = () => screen.getByLabelText<HTMLSelectElement>('Group by');
const zoom = () => screen.getByLabelText<HTMLSelectElement>('Zoom');
const countryNote = () => screen.queryByText(/listed under each of them/);

describe('/timeline settings in the URL', () => {
  it('reads Group by and Zoom from the URL on load', async () => {
    await renderTimeline('/timeline?lang=en&group=country&zoom=decade');
    expect(groupBy().value).toBe('country');
    expect(zoom().value).toBe('decade');
    // The grouping is applied, not only shown in the control.
    expect(countryNote()).toBeInTheDocument();
  });

  it('uses its defaults when the URL says nothing', async () => {
    await renderTimeline('/timeline?lang=en');
    expect(groupBy().value).toBe('region');
    expect(zoom().value).toBe('all');
    expect(countryNote()).toBeNull();
  });

  it('writes a change to the URL as a history entry, which Back undoes', async () => {
    const user = userEvent.setup();
    const { router } = await renderTimeline('/timeline?lang=en&region=africa&zoom=five');
    await user.selectOptions(groupBy(), 'country');
    await waitFor(() =>
      expect(router.state.location.search).toBe('?region=africa&group=country&zoom=five&lang=en'),
    );
    expect(countryNote()).toBeInTheDocument();
    await user.selectOptions(zoom(), 'year');
    await waitFor(() => expect(router.state.location.search).toContain('zoom=year'));
    // Back to the default grouping: the default is left out of the URL.
    await user.selectOptions(groupBy(), 'region');
    await waitFor(() => expect(router.state.location.search).not.toContain('group='));

    await act(() => router.navigate(-1));
    expect(groupBy().value).toBe('country');
    expect(zoom().value).toBe('year');
    await act(() => router.navigate(-1));
    expect(zoom().value).toBe('five');
    expect(groupBy().value).toBe('country');
  });

  it('keeps its settings when a filter changes', async () => {
    const user = userEvent.setup();
    const { router } = await renderTimeline('/timeline?lang=en&group=type&zoom=year');
    const status = screen.getByRole('group', { name: 'Status' });
    await user.click(within(status).getByRole('checkbox', { name: /Completed/ }));
    await waitFor(() => expect(router.state.location.search).toContain('status=completed'));
    expect(router.state.location.search).toContain('group=type&zoom=year');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).not.toContain('status='));
    expect(groupBy().value).toBe('type');
    expect(zoom().value).toBe('year');
  });

  it('names an unknown value in the notice and uses the default', async () => {
    await renderTimeline('/timeline?lang=en&group=bogus&zoom=decade');
    const notice = screen.getByText(/were not understood/).closest('.notice') as HTMLElement;
    expect(within(notice).getByText('group = “bogus”')).toBeInTheDocument();
    expect(groupBy().value).toBe('region');
    expect(zoom().value).toBe('decade');
  });
});
