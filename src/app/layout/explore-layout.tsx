import { memo, useEffect, useRef } from 'react';
import { Outlet } from 'react-router';
import { ResponsiveFilters } from '@/components/filters/filter-drawer';
import { PortfolioGate } from '@/components/portfolio/portfolio-gate';
import { useT } from '@/hooks/i18n';
import { ExploreProvider, useExplore } from '@/hooks/portfolio/explore-context';
import { EMPTY_VIEW } from '@/hooks/portfolio/use-portfolio-view';
import { markFirstViewShownAfterPaint } from '@/lib/first-view';
import { FirstClickRehearsal } from './first-click-rehearsal';
import { ViewMarks } from './view-marks';

/**
 * The layout of every screen that explores the portfolio (overview, projects, timeline, budget,
 * map): the portfolio gate, the explore state and the filter panel are mounted once here and
 * stay mounted while the person moves between these screens; only the screen inside changes.
 * Memoised: the router renders its element anew on every address change, and what here depends
 * on the address (the explore state, and through it the panel and the screen) reads it itself.
 */
export const ExploreLayout = memo(function ExploreLayout() {
  const root = useRef<HTMLDivElement>(null);
  return (
    <PortfolioGate>
      {(portfolio) => (
        <ExploreProvider portfolio={portfolio}>
          <div className="explore" ref={root}>
            <aside className="explore-filters no-print">
              <ResponsiveFilters />
            </aside>
            <div className="explore-main">
              <ExploreOutlet />
              <ViewMarks />
              <FirstClickRehearsal within={root} />
            </div>
          </div>
        </ExploreProvider>
      )}
    </PortfolioGate>
  );
});

/**
 * The screen, once the engine session has answered a first view. Above the Worker threshold the
 * first answer can come after the screen is shown (or a move to another screen can replace the
 * request before it is answered): until then the screen says it is counting, rather than show
 * the empty view's zeros as if no project matched. Once the first view is painted (the second
 * frame callback after its commit), the page's first view is marked shown (lib/first-view).
 */
export function ExploreOutlet() {
  const { t } = useT();
  const counted = useExplore().view !== EMPTY_VIEW;
  useEffect(() => (counted ? markFirstViewShownAfterPaint() : undefined), [counted]);
  return counted ? (
    <Outlet />
  ) : (
    <p className="muted" role="status">
      {t('loading.view')}
    </p>
  );
}
