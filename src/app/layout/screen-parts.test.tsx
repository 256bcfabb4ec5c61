import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/hooks/i18n';
import { ExploreProvider } from '@/hooks/portfolio/explore-context';
import type { EngineClient } from '@/lib/engine-client';
import { createEngineSessions } from '@/lib/engine-sessions';
import { generatedPortfolio, heldSession } from '@/test/held-session';
import { BudgetScreen } from '@/features/budget/components/budget-screen';
import { OverviewScreen } from '@/features/overview/components/overview-screen';
import { renderRoute } from '@/test/render-route';
import { ExploreOutlet } from './explore-layout';
import { stubResizeObserver } from '@/test/stub-resize-observer';

/*
 * Above the Worker threshold the overview's spending per year and /budget's pivots are added up
 * for their own screen only. Arriving there from another screen, the view shown until the Worker
 * answers lacks them: the screen says it is adding them up, never "no data" or a budget without
 * its spending.
 */

stubResizeObserver();

const portfolio = generatedPortfolio(300, 11);

function renderScreens(path: string, client: EngineClient) {
  const sessions = createEngineSessions();
  sessions.clientFor(portfolio.projects!, () => client);
  const Layout = () => (
    <ExploreProvider portfolio={portfolio}>
      <ExploreOutlet />
    </ExploreProvider>
  );
  return renderRoute(path, {
    routes: () => [
      {
        path: '/',
        Component: Layout,
        children: [
          { index: true, Component: () => <OverviewScreen /> },
          { path: 'budget', Component: BudgetScreen },
          { path: 'projects', Component: () => <h1>Projects</h1> },
        ],
      },
    ],
    sessions,
  }).router;
}

beforeEach(async () => {
  await i18n.changeLanguage('en');
});

describe('a screen whose own part of the view is still being added up', () => {
  it('/budget says the pivots are being added up, then shows them', async () => {
    const session = heldSession(portfolio.projects!);
    const router = renderScreens('/projects?lang=en', session.client);
    await act(async () => session.answer());
    await act(() => router.navigate('/budget?lang=en'));
    expect(session.waiting.map((w) => w.request.parts)).toEqual([['pivots']]);
    expect(screen.getByRole('status')).toHaveTextContent('Adding up the budget by year…');
    expect(screen.queryByText(/no data|nothing to show/i)).toBeNull();
    expect(screen.queryByRole('table', { name: /Budget \(USD\) by/ })).toBeNull();
    // Nor the money table, whose rows are the pivots' rows (all money would fall in one row).
    expect(screen.queryByRole('heading', { name: 'Budget and money moved' })).toBeNull();

    await act(async () => session.answer());
    expect(screen.queryByText('Adding up the budget by year…')).toBeNull();
    expect(screen.getByRole('table', { name: /Budget \(USD\) by/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Budget and money moved' })).toBeInTheDocument();
  });

  it('/ says spending is being added up instead of drawing the budget without it', async () => {
    const session = heldSession(portfolio.projects!);
    const router = renderScreens('/projects?lang=en', session.client);
    await act(async () => session.answer());
    await act(() => router.navigate('/?lang=en'));
    expect(session.waiting.map((w) => w.request.parts)).toEqual([['spending']]);
    const card = screen.getByRole('region', { name: 'Budget and spending by year' });
    expect(card).toHaveTextContent('Adding up disbursements and spending…');

    await act(async () => session.answer());
    expect(screen.queryByText('Adding up disbursements and spending…')).toBeNull();
    expect(screen.getByRole('region', { name: 'Budget and spending by year' })).toBeInTheDocument();
  });
});

describe('an explore screen before the first view is answered', () => {
  it('says it is counting instead of showing the empty view as zero projects', async () => {
    const session = heldSession(portfolio.projects!);
    const router = renderScreens('/budget?lang=en', session.client);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Counting the projects that match…',
    );
    expect(screen.queryByRole('heading', { name: 'Budget summary' })).toBeNull();
    expect(screen.queryByText(/\b0 projects/)).toBeNull();
    // The request is replaced before it is answered (a move to another screen): still counting.
    await act(() => router.navigate('/?lang=en'));
    expect(screen.getByRole('status')).toHaveTextContent('Counting the projects that match…');
    expect(screen.queryByRole('heading', { name: 'Overview' })).toBeNull();

    while (session.waiting.length > 0) await act(async () => session.answer());
    expect(screen.getByRole('heading', { name: 'Overview' })).toBeInTheDocument();
    expect(screen.queryByText('Counting the projects that match…')).toBeNull();
  });
});
