// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserRouter } from 'react-router';
import { historyAfterPaint, LATEST_MS } from './history-after-paint';

/*
 * Each test makes its own history-after-paint on jsdom's window (its listeners stay, but find
 * nothing waiting); timers and frames are fake, so "after the paint" is the second frame.
 */

const FRAME_MS = 16;
const here = () => `${window.location.pathname}${window.location.search}`;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
  window.history.replaceState(null, '', '/');
});
afterEach(() => vi.useRealTimers());

describe('history after paint', () => {
  it('writes an entry after the frame that paints it and the next, not before', () => {
    const { window: routed, waiting } = historyAfterPaint(window);
    const length = window.history.length;
    routed.history.pushState({ idx: 1 }, '', '/projects?region=africa');
    expect(here()).toBe('/');
    expect(waiting()).toBe(1);
    vi.advanceTimersByTime(FRAME_MS);
    expect(here()).toBe('/');
    vi.advanceTimersByTime(FRAME_MS + 1);
    expect(here()).toBe('/projects?region=africa');
    expect(window.history.length).toBe(length + 1);
    expect(window.history.state).toEqual({ idx: 1 });
    expect(waiting()).toBe(0);
  });

  it('answers the newest waiting entry’s state, and writes every entry in order', () => {
    const { window: routed, flush } = historyAfterPaint(window);
    const length = window.history.length;
    routed.history.pushState({ idx: 1 }, '', '/?region=africa');
    routed.history.pushState({ idx: 2 }, '', '/?region=africa&status=ongoing');
    routed.history.replaceState({ idx: 2, replaced: true }, '', '/?status=ongoing');
    expect(routed.history.state).toEqual({ idx: 2, replaced: true });
    expect(window.history.state).toBeNull();
    flush();
    expect(window.history.length).toBe(length + 2);
    expect(here()).toBe('/?status=ongoing');
    expect(routed.history.state).toEqual({ idx: 2, replaced: true });
  });

  it('writes at the latest after LATEST_MS when no frame comes (a hidden tab)', () => {
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const { window: routed } = historyAfterPaint(window);
    routed.history.pushState(null, '', '/map');
    vi.advanceTimersByTime(LATEST_MS - 1);
    expect(here()).toBe('/');
    vi.advanceTimersByTime(1);
    expect(here()).toBe('/map');
    frames.mockRestore();
  });

  it('writes waiting entries before a traversal the page starts', () => {
    const { window: routed, waiting } = historyAfterPaint(window);
    const length = window.history.length;
    const go = vi.spyOn(window.history, 'go').mockImplementation(() => {
      // The traversal starts from the newest entry: it is written when go is called.
      expect(here()).toBe('/timeline');
    });
    routed.history.pushState(null, '', '/timeline');
    routed.history.go(-1);
    expect(go).toHaveBeenCalledWith(-1);
    expect(waiting()).toBe(0);
    expect(window.history.length).toBe(length + 1);
    go.mockRestore();
  });

  it('writes waiting entries at once when the page is hidden or left', () => {
    const { window: routed } = historyAfterPaint(window);
    routed.history.pushState(null, '', '/budget');
    window.dispatchEvent(new Event('pagehide'));
    expect(here()).toBe('/budget');
  });

  it('drops waiting entries when the browser traverses the history itself', () => {
    const { window: routed, waiting } = historyAfterPaint(window);
    routed.history.pushState(null, '', '/map');
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    expect(waiting()).toBe(0);
    vi.advanceTimersByTime(LATEST_MS);
    expect(here()).toBe('/');
  });

  it('gives the router its new location at once and the address bar after the paint', async () => {
    const { window: routed } = historyAfterPaint(window);
    const router = createBrowserRouter(
      [{ path: '/', children: [{ index: true }, { path: 'projects' }] }],
      { window: routed },
    );
    await router.navigate('/projects?region=africa');
    expect(router.state.location.pathname).toBe('/projects');
    expect(router.state.location.search).toBe('?region=africa');
    expect(here()).toBe('/');
    vi.advanceTimersByTime(LATEST_MS);
    expect(here()).toBe('/projects?region=africa');
    // The router numbered the entry from the waiting state: one past the first.
    expect((window.history.state as { idx: number }).idx).toBe(1);
    router.dispose();
  });

  it('runs what waits for the address after its own entry is written, each in order', () => {
    const { window: routed, afterWrites, flush } = historyAfterPaint(window);
    const seen: string[] = [];
    afterWrites(() => seen.push(`now at ${here()}`));
    routed.history.pushState(null, '', '/?region=africa');
    afterWrites(() => seen.push(`then at ${here()}`));
    routed.history.pushState(null, '', '/?region=asia-oceania');
    afterWrites(() => seen.push(`last at ${here()}`));
    expect(seen).toEqual(['now at /']);
    flush();
    expect(seen).toEqual(['now at /', 'then at /?region=africa', 'last at /?region=asia-oceania']);
  });

  it('drops what waits for entries the browser’s own traversal dropped', () => {
    const { window: routed, afterWrites } = historyAfterPaint(window);
    const run = vi.fn();
    routed.history.pushState(null, '', '/map');
    afterWrites(run);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    vi.advanceTimersByTime(LATEST_MS);
    expect(run).not.toHaveBeenCalled();
  });
});
