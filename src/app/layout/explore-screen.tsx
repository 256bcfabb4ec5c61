import type { ReactNode } from 'react';
import { ResponsiveFilters } from '@/components/filters/filter-drawer';
import { PortfolioGate } from '@/components/portfolio/portfolio-gate';
import { ViewMarks } from './view-marks';
import { ExploreProvider } from '@/lib/portfolio/explore-context';

/** A screen that explores the portfolio: the shared filter panel beside the screen's content. */
export function ExploreScreen({ children }: { children: ReactNode }) {
  return (
    <PortfolioGate>
      {(portfolio) => (
        <ExploreProvider portfolio={portfolio}>
          <div className="explore">
            <aside className="explore-filters no-print">
              <ResponsiveFilters />
            </aside>
            <div className="explore-main">
              {children}
              <ViewMarks />
            </div>
          </div>
        </ExploreProvider>
      )}
    </PortfolioGate>
  );
}
