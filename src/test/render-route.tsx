import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { createRoutes, routerFlushSync } from '@/app/router';
import type { EngineSessions } from '@/lib/engine-sessions';

export interface RenderRouteOptions {
  /**
   * The query client: by default the production one (`createQueryClient`) with its one test
   * setting, no retry, so an error shows at once. Pass `createQueryClient()` to test the retries.
   */
  queryClient?: QueryClient;
  /** The routes to render instead of the app's (a screen inside a stand-in layout). */
  routes?: (queryClient: QueryClient) => RouteObject[];
  /** One component to render at every path instead of the app's routes (a component test). */
  element?: ReactNode;
  /** The engine sessions (a Worker stand-in); by default each render has its own. */
  sessions?: EngineSessions;
  /** Rendered beside the router, inside the providers (a probe that shows a store's content). */
  children?: ReactNode;
}

/**
 * The one way a component or route test renders: the app's providers (the production query
 * client, translations, engine sessions) around a memory router at `path`, showing the app's
 * real routes, the routes given or one element, against whatever MSW serves.
 */
export function renderRoute(
  path: string,
  {
    queryClient = createQueryClient({ retry: false }),
    routes = createRoutes,
    element,
    sessions,
    children,
  }: RenderRouteOptions = {},
) {
  const routeObjects = element === undefined ? routes(queryClient) : [{ path: '*', element }];
  const router = createMemoryRouter(routeObjects, { initialEntries: [path] });
  const view = render(
    <AppProvider queryClient={queryClient} sessions={sessions}>
      {/* As in the app: a filter change can ask to be rendered in the click's task. */}
      <RouterProvider router={router} flushSync={routerFlushSync} />
      {children}
    </AppProvider>,
  );
  return { ...view, router, queryClient };
}
