// @vitest-environment jsdom
import { createMemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { setupMockServer } from '@mocks/testing';
import { portfolioKeys } from '@/hooks/portfolio-queries';
import { createQueryClient } from './query-client';
import { createRouter, createRoutes } from './router';

/* The explore layout route's loader: the portfolio's data is on its way before any chunk. */

setupMockServer();
afterEach(() => server.events.removeAllListeners());

describe('the explore route loader', () => {
  it('starts the meta and the first page of projects while the screen’s chunks still load', async () => {
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      requested.push(url.pathname.replace(/^.*\/api/, '') + (url.search ? '?' : ''));
    });
    const queryClient = createQueryClient({ retry: false });
    const routes = createRoutes(queryClient);
    const router = createMemoryRouter(routes, { initialEntries: ['/'] });
    // The router runs the loader and the lazy chunks together when it starts; nothing renders.
    void router.initialize();
    await expect.poll(() => requested).toContain('/projects?');
    expect(requested.filter((r) => r === '/meta')).toHaveLength(1);
    await expect
      .poll(() => queryClient.getQueryState(portfolioKeys.projects())?.status)
      .toBe('success');
    // The footer and the screens read the meta from the cache: still one request.
    expect(requested.filter((r) => r === '/meta')).toHaveLength(1);
    router.dispose();
  });
});

describe('the app’s router', () => {
  it('shows a new address at once and writes it to the address bar once painted', async () => {
    window.history.replaceState(null, '', '/import');
    const router = createRouter(createQueryClient({ retry: false }));
    await router.navigate('/no-such-screen');
    expect(router.state.location.pathname).toBe('/no-such-screen');
    expect(window.location.pathname).toBe('/import');
    await expect.poll(() => window.location.pathname).toBe('/no-such-screen');
    router.dispose();
  });
});
