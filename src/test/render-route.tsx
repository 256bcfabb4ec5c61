import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProvider } from '@/app/provider';
import { createRoutes } from '@/app/router';

/**
 * The one way a component test renders the app: the real routes (or the routes given) and the
 * app's providers at a path, against whatever MSW serves. `children` render beside the router,
 * inside the providers (a probe that shows a store's content). Queries do not retry unless the
 * test passes the production client (`createQueryClient()`), so an error shows at once.
 */
export function renderRoute(
  path: string,
  {
    queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false, gcTime: Infinity } },
    }),
    routes = createRoutes,
    children,
  }: {
    queryClient?: QueryClient;
    routes?: (queryClient: QueryClient) => RouteObject[];
    children?: ReactNode;
  } = {},
) {
  const router = createMemoryRouter(routes(queryClient), { initialEntries: [path] });
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
      {children}
    </AppProvider>,
  );
  return { ...view, router, queryClient };
}
