import type { QueryClient } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { i18n } from '@/hooks/i18n';
import { renderRoute } from '@/test/render-route';
import { createRoutes } from './router';

setupMockServer();

/** The error a browser gives when a screen's script cannot be downloaded. */
const CHUNK_ERROR = new TypeError(
  'Failed to fetch dynamically imported module: http://localhost/assets/import-Dx1.js',
);

/** The real routes, with the chunk of the screen at `path` failing to load. */
function routesWithFailingChunk(queryClient: QueryClient, path: string): RouteObject[] {
  const fail = (routes: RouteObject[]): RouteObject[] =>
    routes.map((route) => {
      if (route.path === path) return { ...route, lazy: () => Promise.reject(CHUNK_ERROR) };
      return route.children ? { ...route, children: fail(route.children) } : route;
    });
  return fail(createRoutes(queryClient));
}

function renderAt(path: string) {
  renderRoute(path, {
    routes: (queryClient) => routesWithFailingChunk(queryClient, path.slice(1)),
  });
}

describe('a screen whose chunk cannot be downloaded', () => {
  it('shows the error panel saying what happened and to reload, never a blank page', async () => {
    await i18n.changeLanguage('en');
    renderAt('/import');
    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent(
      'A part of the dashboard could not be downloaded: the connection may have dropped, or the dashboard was updated since this page was opened. Check the connection, then reload.',
    );
    expect(panel).toHaveTextContent('Failed to fetch dynamically imported module');
    expect(within(panel).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('says it in French too', async () => {
    await i18n.changeLanguage('fr');
    renderAt('/import');
    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent(/n’a pas pu être téléchargée/);
    expect(within(panel).getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    await i18n.changeLanguage('en');
  });
});
