import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { fakeClientSize } from '@/test/client-size';
import { renderRoute } from '@/test/render-route';

setupMockServer();

// jsdom lays nothing out: give the timeline's scroll box a real width (1000 px, a desktop).
fakeClientSize('tl-scroller', { width: 1000 });

async function renderTimeline(path: string) {
  const view = renderRoute(path);
  await screen.findByRole('heading', { level: 1, name: 'Timeline' });
  const nav = await screen.findByRole('group', { name: 'Time window' });
  return { ...view, nav };
}

const shown = () => screen.getByTestId('timeline-window').textContent;
const atOf = (search: string) => new URLSearchParams(search).get('at');

describe('the timeline’s time window', () => {
  it('moves a year at a time at the 1 year zoom, Earlier and Later, and keeps it in the URL', async () => {
    const user = userEvent.setup();
    const { router, nav } = await renderTimeline('/timeline?lang=en&zoom=year&at=2010-01');
    expect(shown()).toBe('Showing Jan 2010 – Dec 2010');
    await user.click(within(nav).getByRole('button', { name: 'Later' }));
    await waitFor(() => expect(atOf(router.state.location.search)).toBe('2011-01'));
    expect(shown()).toBe('Showing Jan 2011 – Dec 2011');
    await user.click(within(nav).getByRole('button', { name: 'Earlier' }));
    await user.click(within(nav).getByRole('button', { name: 'Earlier' }));
    await waitFor(() => expect(atOf(router.state.location.search)).toBe('2009-01'));
    expect(shown()).toBe('Showing Jan 2009 – Dec 2009');
    // Moving the window replaces the history entry: Back leaves the timeline's settings.
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('moves five years at a time at the 5 years zoom', async () => {
    const user = userEvent.setup();
    const { router, nav } = await renderTimeline('/timeline?lang=en&zoom=five&at=2005-01');
    expect(shown()).toBe('Showing Jan 2005 – Dec 2009');
    await user.click(within(nav).getByRole('button', { name: 'Later' }));
    await waitFor(() => expect(atOf(router.state.location.search)).toBe('2010-01'));
    expect(shown()).toBe('Showing Jan 2010 – Dec 2014');
  });

  it('centres on the data date (not the calendar date) with Today', async () => {
    // A calendar date far from the data's: Today must not follow it.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2029, 6, 15));
    onTestFinished(() => void vi.useRealTimers());
    const user = userEvent.setup();
    const { router, nav } = await renderTimeline('/timeline?lang=en&zoom=year&at=2003-01');
    await user.click(within(nav).getByRole('button', { name: 'Today' }));
    await waitFor(() => expect(atOf(router.state.location.search)).not.toBe('2003-01'));
    // The mock portfolio's data date is 2026-10-31: centred in a one-year window, it opens in May.
    expect(atOf(router.state.location.search)).toBe('2026-05');
  });

  it('shows every year at the default zoom, where Earlier and Later have nowhere to go', async () => {
    const { nav } = await renderTimeline('/timeline?lang=en');
    expect(within(nav).getByRole('button', { name: 'Earlier' })).toBeDisabled();
    expect(within(nav).getByRole('button', { name: 'Later' })).toBeDisabled();
    expect(within(nav).getByRole('button', { name: 'Today' })).toBeEnabled();
    // The sample's projects run from 2001 to 2030: the axis ends with the data's last year.
    expect(shown()).toBe('Showing Jan 2001 – Dec 2030');
  });

  it('names a window start it cannot read and ignores it', async () => {
    await renderTimeline('/timeline?lang=en&zoom=year&at=2019-13');
    const notice = screen.getByText(/were not understood/).closest('.notice') as HTMLElement;
    expect(within(notice).getByText('at = “2019-13”')).toBeInTheDocument();
  });

  it.each([
    ['fr', 'Période affichée', ['Plus tôt', 'Aujourd’hui', 'Plus tard']],
    ['es', 'Periodo mostrado', ['Antes', 'Hoy', 'Después']],
  ])('names its controls in %s', async (lang, group, buttons) => {
    renderRoute(`/timeline?lang=${lang}&zoom=year`);
    const nav = await screen.findByRole('group', { name: group });
    for (const name of buttons) expect(within(nav).getByRole('button', { name })).toBeVisible();
  });
});
