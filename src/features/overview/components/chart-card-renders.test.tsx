import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ChartCardModule from '@/components/charts/chart-card';
import type * as SegmentedControlModule from '@/components/ui/segmented-control';
import { i18n } from '@/hooks/i18n';
import { ExploreProvider, usePending } from '@/hooks/portfolio/explore-context';
import type { EngineClient } from '@/lib/engine-client';
import { createEngineSessions } from '@/lib/engine-sessions';
import { generatedPortfolio, heldSession } from '@/test/held-session';
import { renderRoute } from '@/test/render-route';
import { stubResizeObserver } from '@/test/stub-resize-observer';
import { OverviewScreen } from './overview-screen';

/*
 * The Overview's chart cards render again only when what they draw changes: not when pending
 * flips, not for a screen setting, not for a filter that leaves their bins as they were.
 */

const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('@/components/charts/chart-card', async (importOriginal) => {
  const actual = await importOriginal<typeof ChartCardModule>();
  return {
    ...actual,
    ChartCard: (props: Parameters<typeof actual.ChartCard>[0]) => {
      renders.set(props.title, (renders.get(props.title) ?? 0) + 1);
      return actual.ChartCard(props);
    },
  };
});

vi.mock('@/components/ui/segmented-control', async (importOriginal) => {
  const actual = await importOriginal<typeof SegmentedControlModule>();
  return {
    ...actual,
    SegmentedControl: (props: Parameters<typeof actual.SegmentedControl>[0]) => {
      const name = `switch: ${props.label}`;
      renders.set(name, (renders.get(name) ?? 0) + 1);
      return actual.SegmentedControl(props);
    },
  };
});

stubResizeObserver();

const portfolio = generatedPortfolio(400, 7);
const REGION = 'Budget by region';
const STATUS = 'Status mix';
const YEAR = 'Budget by funding year';
const STACK_SWITCH = 'switch: Stack by';

function Updating() {
  return <p data-testid="pending">{usePending() ? 'updating' : 'shown'}</p>;
}

function renderOverview(client: EngineClient) {
  const sessions = createEngineSessions();
  sessions.clientFor(portfolio.projects!, () => client);
  const Screen = () => (
    <ExploreProvider portfolio={portfolio}>
      <Updating />
      <OverviewScreen />
    </ExploreProvider>
  );
  return renderRoute('/?lang=en', { routes: () => [{ path: '/', Component: Screen }], sessions })
    .router;
}

const snapshot = () => new Map(renders);
/** The cards drawn again since `before`. */
const drawnSince = (before: Map<string, number>) =>
  [...renders].filter(([title, n]) => n !== before.get(title)).map(([title]) => title);

beforeEach(async () => {
  renders.clear();
  await i18n.changeLanguage('en');
});

describe('the Overview’s chart cards', () => {
  it('are not drawn again when pending flips, nor for a screen setting', async () => {
    const session = heldSession(portfolio.projects!);
    const router = renderOverview(session.client);
    await act(async () => session.answer());
    expect(screen.getByTestId('pending')).toHaveTextContent('shown');
    expect(renders.get(REGION)).toBeGreaterThan(0);

    let before = snapshot();
    await act(() => router.navigate('/?lang=en&region=africa'));
    expect(screen.getByTestId('pending')).toHaveTextContent('updating');
    expect(drawnSince(before)).toEqual([]);
    // A setting of another screen, while the Worker computes: nothing asked, nothing drawn.
    await act(() => router.navigate('/?lang=en&region=africa&zoom=decade'));
    expect(session.waiting).toHaveLength(1);
    expect(drawnSince(before)).toEqual([]);

    await act(async () => session.answer());
    expect(screen.getByTestId('pending')).toHaveTextContent('shown');
    // The new view changes what the region and status cards draw: each is drawn once more.
    expect(renders.get(REGION)).toBe(before.get(REGION)! + 1);
    expect(renders.get(STATUS)).toBe(before.get(STATUS)! + 1);

    // The year card drew its new bins, its "Stack by" switch (unchanged) was not drawn again.
    expect(renders.get(YEAR)).toBe(before.get(YEAR)! + 1);
    expect(renders.get(STACK_SWITCH)).toBe(before.get(STACK_SWITCH));

    // The Overview's own setting (stacking) draws the year card and its switch again, only them.
    before = snapshot();
    await act(() => router.navigate('/?lang=en&region=africa&zoom=decade&stack=type'));
    expect(drawnSince(before)).toEqual([YEAR, STACK_SWITCH]);
    expect(session.computed()).toBe(2);
  });

  it('are not drawn again by a filter that leaves their bins as they were', async () => {
    const session = heldSession(portfolio.projects!);
    const router = renderOverview(session.client);
    await act(async () => session.answer());
    const before = snapshot();
    // Every project runs after 1900: the engine computes a new view with the same bins.
    await act(() => router.navigate('/?lang=en&from=1900'));
    await act(async () => session.answer());
    expect(session.computed()).toBe(2);
    expect(screen.getByTestId('pending')).toHaveTextContent('shown');
    expect(drawnSince(before)).toEqual([]);
    // A filter that changes them does draw them.
    await act(() => router.navigate('/?lang=en&from=1900&region=africa'));
    await act(async () => session.answer());
    expect(drawnSince(before)).toContain(REGION);
  });
});
