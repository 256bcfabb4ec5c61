// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { getResponse } from 'msw';
import { createRoutes } from './api-routes';
import { answerMockRequest } from './answer-request';
import { createHandlers } from './handlers';
import {
  createMockApiClient,
  forwardingHandlers,
  type MockApiMessage,
  type MockApiReply,
  type MockApiWorker,
} from './off-thread';
import { recordMockMeasures } from './mock-measures';

/** A stand-in for the mock API's Worker: answers with its routes (no MSW), a task later. */
function standInWorker() {
  const routes = createRoutes();
  const listeners: ((event: MessageEvent<MockApiReply>) => void)[] = [];
  const received: MockApiMessage[] = [];
  const worker: MockApiWorker = {
    postMessage(message) {
      received.push(message);
      if (message.type !== 'request') return;
      void answerMockRequest(routes, message).then((reply) =>
        setTimeout(() =>
          listeners.forEach((l) => l({ data: reply } as MessageEvent<MockApiReply>)),
        ),
      );
    },
    addEventListener: (_type, listener) => void listeners.push(listener),
  };
  return { worker, received };
}

const url = (path: string) => new URL(path, window.location.href).href;

describe('the mock API answered from its Worker', () => {
  it.each([
    '/api/meta',
    '/api/projects?format=columns&limit=100',
    '/api/projects?offset=590&limit=20',
    '/api/projects/RR.0083',
    '/api/news?limit=3',
    '/api/projects?limit=0',
    '/api/nothing-here',
    '/api/projects/RR.0083/more',
    '/api/projects/no%20such%20id',
  ])('gives the page the same response for %s as MSW with the same endpoints', async (path) => {
    const { worker } = standInWorker();
    const client = createMockApiClient(worker);
    const [forwarded, direct] = await Promise.all([
      getResponse(forwardingHandlers(client), new Request(url(path))),
      getResponse(createHandlers(), new Request(url(path))),
    ]);
    expect(forwarded?.status).toBe(direct?.status);
    expect(forwarded?.headers.get('content-type')).toBe(direct?.headers.get('content-type'));
    expect(await forwarded?.text()).toBe(await direct?.text());
  });

  it('matches concurrent answers to their requests', async () => {
    const { worker } = standInWorker();
    const client = createMockApiClient(worker);
    const pages = await Promise.all(
      [0, 100, 200].map(async (offset) => {
        const response = await client.respond(
          new Request(url(`/api/projects?offset=${offset}&limit=1`)),
        );
        return ((await response?.json()) as { offset: number }).offset;
      }),
    );
    expect(pages).toEqual([0, 100, 200]);
  });

  it('leaves a request outside the API to the network', async () => {
    const { worker } = standInWorker();
    const client = createMockApiClient(worker);
    expect(await client.respond(new Request(url('/elsewhere/data.json')))).toBeUndefined();
  });
});

describe('the mock API Worker’s timings', () => {
  it('are put on the page’s timeline at the time they happened, under their own names', () => {
    const measure = vi.fn();
    const page = { timeOrigin: 1_000, measure } as unknown as Performance;
    recordMockMeasures(
      {
        type: 'measures',
        entries: [{ name: 'mock:page', start: 1_500, duration: 20, detail: { records: 10 } }],
      },
      page,
    );
    expect(measure).toHaveBeenCalledWith('mock:page', {
      start: 500,
      duration: 20,
      detail: { records: 10 },
    });
  });

  it('leave the Worker’s answers to requests alone', () => {
    const measure = vi.fn();
    const page = { timeOrigin: 0, measure } as unknown as Performance;
    recordMockMeasures({ id: 1, status: 200, headers: [], body: new ArrayBuffer(0) }, page);
    recordMockMeasures(undefined, page);
    expect(measure).not.toHaveBeenCalled();
  });
});
