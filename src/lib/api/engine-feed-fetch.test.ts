import { describe, expect, it } from 'vitest';
import { startEngineFeed, type EngineWorker } from '@/lib/engine-feed';
import type { EngineWorkerRequest, EngineWorkerResponse } from '@/lib/engine-worker';
import { ApiError } from './client';

/* The page's side of the engine Worker's own page fetches (the Worker's side: worker-pages). */

/** A stand-in engine Worker: the first page fetch fails with a 503, later ones are read. */
function standInWorker(received: { message: EngineWorkerRequest; transfer: Transferable[] }[]) {
  let fetches = 0;
  const worker: EngineWorker = {
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
    postMessage(message, options) {
      received.push({ message, transfer: options?.transfer ?? [] });
      if (message.kind !== 'fetch-page') return;
      const answer: EngineWorkerResponse =
        fetches++ === 0
          ? {
              kind: 'fetch-failed',
              id: message.id,
              failure: { kind: 'http', status: 503, message: 'Busy', code: 'busy' },
            }
          : { kind: 'page-read', id: message.id, total: 60_000, records: 50_000 };
      setTimeout(() => worker.onmessage?.({ data: answer } as MessageEvent<EngineWorkerResponse>));
    },
  };
  return worker;
}

describe('the engine Worker fetching its own pages', () => {
  it('is given the API port first, then asked for pages by URL; a failure is the ApiError it was', async () => {
    const received: { message: EngineWorkerRequest; transfer: Transferable[] }[] = [];
    const { port1 } = new MessageChannel();
    const feed = startEngineFeed('2026-10-31', {}, () => standInWorker(received), port1)!;
    const url = 'http://localhost/api/projects?format=columns&offset=0&limit=50000';
    const failed = await feed.fetchPage(0, url).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ApiError);
    expect(failed).toMatchObject({ kind: 'http', status: 503, code: 'busy', retryable: true });
    await expect(feed.fetchPage(0, url)).resolves.toEqual({ total: 60_000, records: 50_000 });
    expect(received.map(({ message }) => message.kind)).toEqual([
      'api-port',
      'pages',
      'fetch-page',
      'fetch-page',
    ]);
    expect(received[0]!.transfer).toEqual([port1]);
    expect(received[2]!.message).toMatchObject({ kind: 'fetch-page', index: 0, url });
    feed.cancel();
    port1.close();
  });
});
