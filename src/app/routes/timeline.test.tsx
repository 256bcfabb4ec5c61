import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { configureMockPortfolio, portfolioOf, setMockPortfolio } from '@mocks/data/portfolio';
import { setupMockServer } from '@mocks/testing';
import { ExploreLayout } from '@/app/layout/explore-layout';
import TimelineRoute from './timeline';
import type { Project } from '@/domain/project';
import { fakeClientSize } from '@/test/client-size';
import { makeFullProject } from '@/test/make-project';
import { renderRoute } from '@/test/render-route';
import { formatUsdCompact } from '@/lib/format';

setupMockServer();

// jsdom lays nothing out: give the timeline's scroll box a real size so the virtualiser has a window.
fakeClientSize('tl-scroller', { width: 1000, height: 600 });

function project(id: string, title: string, countries: string[]): Project {
  return makeFullProject({
    id,
    primaId: id,
    title,
    endDate: '2023',
    budgetUsd: 100_000,
    coverage: countries.length > 1 ? 'regional' : 'national',
    countries,
  });
}

function ProjectPage() {
  const location = useLocation();
  return <p>Project page {location.pathname + location.search}</p>;
}

function renderTimeline(url = '/timeline?lang=en') {
  return renderRoute(url, {
    routes: () => [
      { Component: ExploreLayout, children: [{ path: '/timeline', Component: TimelineRoute }] },
      { path: '/projects/:id', Component: ProjectPage },
    ],
  }).router;
}

describe('timeline screen', () => {
  it('renders only a window of rows for 10,000 projects', async () => {
    configureMockPortfolio({ count: 10_000, seed: 7 });
    renderTimeline('/timeline?lang=en');
    const list = await screen.findByRole('list', { name: 'Timeline of 10,000 projects' });
    const rows = await within(list).findAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThanOrEqual(60);
    expect(rows[0]).toHaveAttribute('aria-setsize', String(10_000 + 6));
    expect(document.body.querySelectorAll('*').length).toBeLessThanOrEqual(1500);
  });

  it('collapses and expands a group from its header button', async () => {
    const user = userEvent.setup();
    renderTimeline('/timeline?lang=en&region=africa,global');
    const list = await screen.findByRole('list', { name: /^Timeline of \d+ projects$/ });
    const africa = await within(list).findByRole('button', { name: /^Africa · \d+ projects · / });
    expect(africa).toHaveAttribute('aria-expanded', 'true');
    const before = within(list).getAllByRole('listitem').length;
    await user.click(africa);
    expect(africa).toHaveAttribute('aria-expanded', 'false');
    const global = within(list).getByRole('button', { name: /^Global · / });
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(before);
    // With Africa collapsed, Global's header comes right after it.
    const items = within(list).getAllByRole('listitem');
    expect(items[1]).toContainElement(global);
    await user.click(africa);
    expect(africa).toHaveAttribute('aria-expanded', 'true');
  });

  it('lists a multi-country project under each of its countries when grouped by country, and says so', async () => {
    setMockPortfolio(
      portfolioOf([
        project('RR.0001', 'Return to Kenya and Uganda', ['KE', 'UG']),
        project('CT.0001', 'Counter-trafficking in Kenya', ['KE']),
        project('LM.0001', 'Labour migration in Ghana', ['GH']),
      ]),
    );
    const user = userEvent.setup();
    renderTimeline('/timeline?lang=en');
    const list = await screen.findByRole('list', { name: 'Timeline of 3 projects' });
    await within(list).findAllByRole('listitem');
    await user.selectOptions(screen.getByLabelText('Group by'), 'country');
    expect(screen.getByText(/listed under each of them/)).toBeInTheDocument();
    const rows = within(list)
      .getAllByRole('listitem')
      .map(
        (item) =>
          within(item).queryByRole('button')?.textContent ??
          within(item).getByRole('link').getAttribute('aria-label')!.split(' (')[0],
      );
    // The regional project's budget is split equally between its two countries.
    const usd = (amount: number) => formatUsdCompact(amount, 'en');
    expect(rows).toEqual([
      `Ghana · 1 project · ${usd(100_000)}`,
      'Labour migration in Ghana',
      `Kenya · 2 projects · ${usd(150_000)}`,
      'Return to Kenya and Uganda',
      'Counter-trafficking in Kenya',
      `Uganda · 1 project · ${usd(50_000)}`,
      'Return to Kenya and Uganda',
    ]);
  });

  it('is one tab stop that arrow keys move through, Left going up to the group and collapsing it', async () => {
    setMockPortfolio(
      portfolioOf([project('RR.0001', 'First', ['KE']), project('CT.0001', 'Second', ['KE'])]),
    );
    const user = userEvent.setup();
    renderTimeline('/timeline?lang=en');
    const list = await screen.findByRole('list', { name: 'Timeline of 2 projects' });
    const header = await within(list).findByRole('button', { name: /^Africa/ });
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.tabIndex),
    ).toEqual([-1, -1]);
    header.focus();
    await user.keyboard('{ArrowDown}');
    expect(within(list).getByRole('link', { name: /^First/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    const second = within(list).getByRole('link', { name: /^Second/ });
    expect(second).toHaveFocus();
    expect(second.tabIndex).toBe(0);
    expect(header.tabIndex).toBe(-1);
    expect(screen.getByRole('tooltip')).toHaveTextContent('CT.0001');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.keyboard('{ArrowLeft}');
    expect(header).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(header).toHaveAttribute('aria-expanded', 'false');
    expect(within(list).queryAllByRole('link')).toEqual([]);
    await user.keyboard('{ArrowRight}');
    expect(within(list).getAllByRole('link')).toHaveLength(2);
  });

  it('names each bar with its title and span and opens the project page keeping the query', async () => {
    const user = userEvent.setup();
    const router = renderTimeline('/timeline?lang=en&q=RR.0083');
    const list = await screen.findByRole('list', { name: 'Timeline of 1 project' });
    const bar = await within(list).findByRole('link', {
      name: /^Preliminary steps.*\(RR\.0083\): 2019 – 2023, completed$/,
    });
    await user.click(bar);
    await waitFor(() => expect(router.state.location.pathname).toBe('/projects/RR.0083'));
    expect(router.state.location.search).toBe('?lang=en&q=RR.0083');
  });
});
