// @vitest-environment jsdom
import { getResponse, type HttpHandler } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendApiRequestsWith } from '@/lib/api/client';
import { answerWorkersFrom, apiPortForWorker } from '@/lib/api/port-fetch';
import { catchRegistrationUpdateRace } from './browser';
import { answerFromMockApiWorker } from './start';
import { mockApiSettingsOf } from './start-settings';

describe('the mock API in the browser', () => {
  it('catches the rejected update of a registration replaced by a quick reload', async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const proto = {
        update: () => Promise.reject(new DOMException('The object is in an invalid state.')),
      };
      catchRegistrationUpdateRace(proto);
      catchRegistrationUpdateRace(proto);
      // As MSW calls it: without waiting for or handling the promise.
      void proto.update();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(rejections).toEqual([]);
      // A caller that waits still hears of the failure.
      await expect(proto.update()).rejects.toThrow('invalid state');
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });
});

describe('the mock portfolio in the browser', () => {
  it('is generated and served from a Worker, never on the page', async () => {
    const pageHandlers: HttpHandler[] = [];
    vi.doMock('msw/browser', () => ({
      setupWorker: (...handlers: HttpHandler[]) => {
        pageHandlers.push(...handlers);
        return { start: () => Promise.resolve(undefined) };
      },
    }));
    const generate = vi.fn();
    vi.doMock('@backend/generator/generate-portfolio', async (original) => ({
      ...(await original<object>()),
      generatePortfolio: generate,
    }));
    vi.resetModules();
    const posted: unknown[] = [];
    const names: string[] = [];
    class StandInWorker {
      private listener: ((event: { data: unknown }) => void) | undefined;
      constructor(_url: URL, options: { name: string }) {
        names.push(options.name);
      }
      addEventListener(_type: string, listener: (event: { data: unknown }) => void) {
        this.listener = listener;
      }
      postMessage(message: { type: string; id?: number }) {
        posted.push(message);
        if (message.type !== 'request') return;
        const body = new TextEncoder().encode('{"from":"worker"}').buffer;
        setTimeout(() =>
          this.listener?.({ data: { id: message.id, status: 200, headers: [], body } }),
        );
      }
    }
    vi.stubGlobal('Worker', StandInWorker);
    try {
      const { startMockWorker } = await import('./browser');
      await startMockWorker({ count: 1_000_000, seed: 5 });
      const response = await getResponse(
        pageHandlers,
        new Request(new URL('/api/projects?format=columns&limit=50000', location.href)),
      );
      expect(await response?.json()).toEqual({ from: 'worker' });
      expect(names.map(mockApiSettingsOf)).toEqual([
        { count: 1_000_000, seed: 5, baseUrl: '/api' },
      ]);
      expect(generate).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
      vi.doUnmock('msw/browser');
      vi.doUnmock('@backend/generator/generate-portfolio');
    }
  });
});

describe('the mock API’s Worker on the happy path', () => {
  /** A stand-in for the mock API's Worker that records what it is sent. */
  function recordingWorker() {
    const posted: { type: string; port?: unknown }[] = [];
    const worker = {
      addEventListener: () => undefined,
      postMessage: (message: { type: string; port?: unknown }) => void posted.push(message),
    };
    return { posted, worker };
  }

  afterEach(() => {
    sendApiRequestsWith(undefined);
    answerWorkersFrom(undefined);
  });

  it('answers the app’s requests and the engine Worker’s over ports of their own', () => {
    const { posted, worker } = recordingWorker();
    answerFromMockApiWorker(worker, undefined);
    // One port for the app's own requests, made at once.
    expect(posted).toEqual([{ type: 'connect', port: expect.any(MessagePort) as unknown }]);
    // One more for each Worker that asks.
    const port = apiPortForWorker();
    expect(port).toBeInstanceOf(MessagePort);
    expect(posted).toHaveLength(2);
    port?.close();
  });

  it('changes nothing under a scenario: its handlers run in MSW on the page', () => {
    const { posted, worker } = recordingWorker();
    answerFromMockApiWorker(worker, 'slow-1');
    expect(apiPortForWorker()).toBeUndefined();
    expect(posted).toEqual([]);
  });

  it('uses the Worker the page started as it is: no second start', async () => {
    vi.doMock('msw/browser', () => ({
      setupWorker: () => ({ start: () => Promise.resolve(undefined) }),
    }));
    vi.resetModules();
    try {
      const { startMockWorker } = await import('./browser');
      const { posted, worker } = recordingWorker();
      await startMockWorker({ count: 100_000, worker });
      expect(posted).toEqual([]);
    } finally {
      vi.doUnmock('msw/browser');
    }
  });
});
