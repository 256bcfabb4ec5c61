// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '@mocks/api-routes';
import { answerMockRequest } from '@mocks/answer-request';
import { answerWithRoutes, apiError, type MockRoute } from '@mocks/routes';
import { generateMockPortfolio, resetMockPortfolio } from '@mocks/data/portfolio';
import { jsonNumbersOf, transfersOf, type PortRequest } from './port-fetch';
import { apiErrorOf, createPageFetcher } from './worker-pages';

/* The engine's Worker fetching its pages: over the mock API's port, or the network. */

/** A port whose other end answers with `routes`, as the mock API's Worker does. */
function mockApiPort(routes: MockRoute[]): MessagePort {
  const channel = new MessageChannel();
  channel.port1.addEventListener('message', (event: MessageEvent<PortRequest>) => {
    void answerMockRequest(routes, event.data).then((reply) =>
      channel.port1.postMessage(
        reply,
        'body' in reply ? [reply.body] : 'value' in reply ? transfersOf(reply.value) : [],
      ),
    );
  });
  channel.port1.start();
  return channel.port2;
}

const pageUrl = new URL('/api/projects?format=columns&offset=0&limit=50000', location.href).href;

afterEach(() => vi.unstubAllGlobals());

describe('a Worker fetching the portfolio’s pages', () => {
  it('gets a page’s bytes from the mock API’s port, not the network', async () => {
    const network = vi.fn();
    vi.stubGlobal('fetch', network);
    const pages = createPageFetcher();
    pages.connect(mockApiPort(createRoutes()));
    const fetched = await pages.fetch(1, pageUrl);
    if (!fetched.ok) throw new Error(fetched.failed.failure.message);
    if (!('bytes' in fetched)) throw new Error('expected bytes');
    const page = JSON.parse(new TextDecoder().decode(fetched.bytes)) as { format: string };
    expect(page.format).toBe('columns');
    expect(network).not.toHaveBeenCalled();
  });

  it('gets a generated portfolio’s column page as the value its JSON holds, cloned rather than serialised', async () => {
    const network = vi.fn();
    vi.stubGlobal('fetch', network);
    // Kept in columns, as the mock API's Worker keeps it; made at once here.
    const portfolio = generateMockPortfolio({ count: 3_000, seed: 5 }, (task) => task());
    try {
      const routes = createRoutes(() => portfolio);
      const pages = createPageFetcher();
      pages.connect(mockApiPort(routes));
      const url = new URL('/api/projects?format=columns&offset=1000&limit=1500', location.href)
        .href;
      const fetched = await pages.fetch(1, url);
      if (!fetched.ok) throw new Error(fetched.failed.failure.message);
      if (!('value' in fetched)) throw new Error('expected a value');
      const text = await (await answerWithRoutes(routes, new Request(url), location.href))!.text();
      // Its lists of numbers come as the typed arrays sent (parseAnyPage reads them so); read
      // back, exactly what the bytes say: no NaN for a missing amount, no -0, no undefined field.
      const value = fetched.value as { columns: { year: unknown; committedUsd: unknown } };
      // (This test's Worker side is another realm: instanceof would not see them.)
      expect(Object.prototype.toString.call(value.columns.year)).toBe('[object Int32Array]');
      expect(Object.prototype.toString.call(value.columns.committedUsd)).toBe(
        '[object Float64Array]',
      );
      expect(jsonNumbersOf(fetched.value)).toStrictEqual(JSON.parse(text));
      expect(fetched.value).toMatchObject({ format: 'columns', offset: 1000, count: 1500 });
      expect(network).not.toHaveBeenCalled();
    } finally {
      resetMockPortfolio();
    }
  });

  it('says why a page failed, as the page’s own client would, so it is retried the same way', async () => {
    const pages = createPageFetcher();
    pages.connect(
      mockApiPort([
        { method: 'GET', path: '/projects', resolve: () => apiError(503, 'busy', 'Try again') },
      ]),
    );
    const fetched = await pages.fetch(7, pageUrl);
    expect(fetched).toMatchObject({
      ok: false,
      failed: { kind: 'fetch-failed', id: 7, failure: { kind: 'http', status: 503 } },
    });
    if (fetched.ok) return;
    const error = apiErrorOf(fetched.failed.failure);
    expect(error).toMatchObject({ kind: 'http', status: 503, code: 'busy', message: 'Try again' });
    expect(error.retryable).toBe(true);
  });

  it('uses the network without a port (a real server), and for what the port does not answer', async () => {
    const body = new TextEncoder().encode('{"from":"network"}');
    const network = vi.fn(() => Promise.resolve(new Response(body, { status: 200 })));
    vi.stubGlobal('fetch', network);
    const alone = createPageFetcher();
    expect(await alone.fetch(1, pageUrl)).toMatchObject({ ok: true });
    const ported = createPageFetcher();
    ported.connect(mockApiPort([]));
    expect(await ported.fetch(2, pageUrl)).toMatchObject({ ok: true });
    expect(network).toHaveBeenCalledTimes(2);
  });
});
