import { createBrowserRouter, type RouteObject } from 'react-router';
import { RootLayout } from './layout/root-layout';
import { RouteError } from './route-error';

type RouteModule = Promise<{ default: React.ComponentType }>;
/** Each screen is its own chunk, loaded when first visited. */
const lazyScreen = (load: () => RouteModule): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});

export const routes: RouteObject[] = [
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
          { index: true, ...lazyScreen(() => import('./routes/overview')) },
          { path: 'projects', ...lazyScreen(() => import('./routes/projects')) },
          { path: 'projects/:id', ...lazyScreen(() => import('./routes/project')) },
          { path: 'timeline', ...lazyScreen(() => import('./routes/timeline')) },
          { path: 'budget', ...lazyScreen(() => import('./routes/budget')) },
          { path: 'map', ...lazyScreen(() => import('./routes/map')) },
          { path: 'import', ...lazyScreen(() => import('./routes/import')) },
          { path: '*', ...lazyScreen(() => import('./routes/not-found')) },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
