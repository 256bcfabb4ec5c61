import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { getJson, sendApiRequestsWith, waitForApi } from './client';

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
});
