import type { QueryClient } from '@tanstack/react-query';
import { memo } from 'react';
import { flushSync } from 'react-dom';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { portfolioQueryOptions } from '@/hooks/portfolio-queries';
import { historyAfterPaint, type HistoryAfterPaint } from '@/lib/history-after-paint';
import { importedPortfolio } from '@/lib/portfolio/imported-portfolio';
import { RootLayout } from './layout/root-layout';
import { RouteError } from './route-error';

type RouteModule = Promise<{ default: React.ComponentType }>;

/**
 * Each screen is its own chunk, loaded when first visited. Memoised, like the layouts: the router
 * creates every route element anew on each address change, and a screen re-renders only for
 * what it reads (its explore state, its own settings), not for that.
 */
const lazyScreen = (load: () => RouteModule): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: memo((await load()).default) }),
});

/**
 * The routes. The explore screens share one layout route, which owns the portfolio gate, the
 * explore state, the filter panel and the portfolio's engine session: moving between them
 * mounts only the screen. Its loader starts loading the portfolio (the meta, then the pages) as
 * the navigation starts, alongside the layout's and the screen's chunks rather than after them,
 * and only when the portfolio is not in the query cache yet (and no imported one is in use).
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      Component: RootLayout,
      ErrorBoundary: RouteError,
      // Shown for the moment the first screen's chunk loads.
      HydrateFallback: () => null,
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            {
              id: 'explore',
              loader: () => {
                if (!importedPortfolio())
                  void queryClient.ensureQueryData(portfolioQueryOptions()).catch(() => undefined);
                return null;
              },
              // The portfolio is the query cache's: a filter change has nothing to reload.
              shouldRevalidate: () => false,
              lazy: async () => ({
                Component: (await import('./layout/explore-layout')).ExploreLayout,
              }),
              children: [
                { index: true, ...lazyScreen(() => import('./routes/overview')) },
                { path: 'projects', ...lazyScreen(() => import('./routes/projects')) },
                { path: 'timeline', ...lazyScreen(() => import('./routes/timeline')) },
                { path: 'budget', ...lazyScreen(() => import('./routes/budget')) },
                { path: 'map', ...lazyScreen(() => import('./routes/map')) },
              ],
            },
            { path: 'projects/:id', ...lazyScreen(() => import('./routes/project')) },
            { path: 'import', ...lazyScreen(() => import('./routes/import')) },
            { path: '*', ...lazyScreen(() => import('./routes/not-found')) },
          ],
        },
      ],
    },
  ];
}

/**
 * The app's router. It writes the address bar once the view it names is painted (see
 * history-after-paint): the page's and the browser's work for a new history entry no longer
 * competes with a filter change's render for the CPU.
 */
export function createRouter(
  queryClient: QueryClient,
  history: HistoryAfterPaint = historyAfterPaint(window),
) {
  return createBrowserRouter(createRoutes(queryClient), { window: history.window });
}

/**
 * The RouterProvider's `flushSync`: a navigation that asks for it (a filter change computed on
 * this thread, see explore-context) is rendered in the click's own task, drawn in the next frame,
 * rather than in a transition React slices over several frames.
 */
export function routerFlushSync(render: () => unknown): undefined {
  flushSync(render);
}
