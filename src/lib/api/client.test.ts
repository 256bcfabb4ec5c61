import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { getJson, sendApiRequestsWith, waitForApi } from './client';
import { fetchOver, type PortReply, type PortRequest, type RequestPort } from './port-fetch';

afterEach(() => {
  waitForApi(Promise.resolve());
  sendApiRequestsWith(undefined);
  vi.unstubAllGlobals();
});

describe('requests and the API being ready', () => {
  it('sends no request before the API is ready, then sends the waiting ones', async () => {
    const sent: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      sent.push(url);
      return Promise.resolve(Response.json({ ok: true }));
    });
    let ready!: () => void;
    waitForApi(new Promise<void>((resolve) => (ready = resolve)));
    const answer = getJson('/api/meta', z.object({ ok: z.boolean() }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toEqual([]);
    ready();
    await expect(answer).resolves.toEqual({ ok: true });
    expect(sent).toEqual(['/api/meta']);
  });

  it('fails the waiting requests when the API cannot start', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    waitForApi(Promise.reject(new Error('no service worker')));
    await expect(getJson('/api/meta', z.unknown())).rejects.toThrow('no service worker');
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('requests sent another way than the network', () => {
  it('go through the given fetch (the mock API’s port), with the same checks', async () => {
    const network = vi.fn();
    vi.stubGlobal('fetch', network);
    const sent: string[] = [];
    sendApiRequestsWith((url) => {
      sent.push(url);
      return Promise.resolve(
        Response.json({ error: 'gone', message: 'No such project' }, { status: 404 }),
      );
    });
    await expect(getJson('/api/projects/X', z.unknown())).rejects.toMatchObject({
      kind: 'http',
      status: 404,
      message: 'No such project',
    });
    expect(sent).toEqual(['/api/projects/X']);
    expect(network).not.toHaveBeenCalled();
  });

  it('take a JSON answer sent over a port as a value, its typed arrays read back as numbers', async () => {
    const listeners: ((event: MessageEvent<PortReply>) => void)[] = [];
    const asked: PortRequest[] = [];
    const port: RequestPort = {
      addEventListener: (_type, listener) => listeners.push(listener),
      postMessage(message) {
        asked.push(message);
        const value = { total: 2, budgets: new Float64Array([5, NaN]) };
        const reply: PortReply = { id: message.id, status: 200, headers: [], value };
        queueMicrotask(() =>
          listeners.forEach((l) => l(new MessageEvent('message', { data: reply }))),
        );
      },
    };
    sendApiRequestsWith(fetchOver(port, { values: true }));
    const schema = z.object({ total: z.number(), budgets: z.array(z.number().nullable()) });
    await expect(getJson('http://localhost/api/projects?format=columns', schema)).resolves.toEqual({
      total: 2,
      budgets: [5, null],
    });
    expect(asked).toMatchObject([{ url: expect.stringContaining('/api/projects'), value: true }]);
  });
});
