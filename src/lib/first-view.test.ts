// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FirstView from './first-view';

/* A fresh module each test: the first view is marked once per page. */

const FRAME_MS = 16;
let firstView: typeof FirstView;
beforeEach(async () => {
  vi.resetModules();
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  firstView = await import('./first-view');
});
afterEach(() => vi.useRealTimers());

/** Whether the first view is marked shown by now. */
async function shown(): Promise<boolean> {
  let settled = false;
  void firstView.firstViewShown.then(() => (settled = true));
  await Promise.resolve();
  await Promise.resolve();
  return settled;
}

describe('the first view shown', () => {
  it('is marked after the frame that paints it, not before', async () => {
    firstView.markFirstViewShownAfterPaint();
    expect(await shown()).toBe(false);
    vi.advanceTimersByTime(FRAME_MS);
    expect(await shown()).toBe(false);
    vi.advanceTimersByTime(FRAME_MS);
    expect(await shown()).toBe(true);
  });

  it('is not marked by a mark cancelled before the paint', async () => {
    const cancel = firstView.markFirstViewShownAfterPaint();
    vi.advanceTimersByTime(FRAME_MS);
    cancel();
    vi.advanceTimersByTime(10 * FRAME_MS);
    expect(await shown()).toBe(false);
  });

  it('stays marked: later marks change nothing', async () => {
    firstView.markFirstViewShown();
    firstView.markFirstViewShown();
    expect(await shown()).toBe(true);
  });
});
