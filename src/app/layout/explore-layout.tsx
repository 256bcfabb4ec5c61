import { memo } from 'react';
import { Outlet } from 'react-router';
import { ResponsiveFilters } from '@/components/filters/filter-drawer';
import { PortfolioGate } from '@/components/portfolio/portfolio-gate';
import { ExploreProvider } from '@/hooks/portfolio/explore-context';
import { ViewMarks } from './view-marks';

/**
 * The layout of every screen that explores the portfolio (overview, projects, timeline, budget,
 * map): the portfolio gate, the explore state and the filter panel are mounted once here and
 * stay mounted while the person moves between these screens; only the screen inside changes.
 * Memoised: the router renders its element anew on every address change, and what here depends
 * on the address (the explore state, and through it the panel and the screen) reads it itself.
 */
export const ExploreLayout = memo(function ExploreLayout() {
  return (
    <PortfolioGate>
      {(portfolio) => (
        <ExploreProvider portfolio={portfolio}>
          <div className="explore">
            <aside className="explore-filters no-print">
              <ResponsiveFilters />
            </aside>
            <div className="explore-main">
              <Outlet />
              <ViewMarks />
            </div>
          </div>
        </ExploreProvider>
      )}
    </PortfolioGate>
  );
});
