import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMswAfterFirstView } from './msw-start';

/** A promise with its resolver, to settle a step when the test says so. */
function step() {
  let settle!: () => void;
  const promise = new Promise<void>((resolve) => (settle = resolve));
  return { promise, settle };
}

describe('MSW on the mock API’s happy path', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('registers its service worker after the first screen’s chunks, and starts after the first view', async () => {
    const screen = step();
    const view = step();
    const done: string[] = [];
    const started = startMswAfterFirstView({
      firstScreen: screen.promise,
      firstView: view.promise,
      register: async () => void done.push('registered'),
      start: async () => void done.push('started'),
      latestMs: 10_000,
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toEqual([]);
    screen.settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toEqual(['registered']);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(done).toEqual(['registered']);
    view.settle();
    await started;
    expect(done).toEqual(['registered', 'started']);
  });

  it('starts after latestMs on a screen that shows no first view', async () => {
    const start = vi.fn(async () => {});
    const started = startMswAfterFirstView({
      firstScreen: Promise.resolve(),
      firstView: new Promise(() => {}),
      register: async () => {},
      start,
      latestMs: 10_000,
    });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(start).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await started;
    expect(start).toHaveBeenCalledOnce();
  });

  it('fails as soon as the service worker cannot be registered, before any first view', async () => {
    const start = vi.fn(async () => {});
    await expect(
      startMswAfterFirstView({
        firstScreen: Promise.resolve(),
        firstView: new Promise(() => {}),
        register: () => Promise.reject(new Error('Service workers are not available')),
        start,
        latestMs: 10_000,
      }),
    ).rejects.toThrow('Service workers are not available');
    expect(start).not.toHaveBeenCalled();
  });
});
