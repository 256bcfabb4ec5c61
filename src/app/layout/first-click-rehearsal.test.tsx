import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as EngineModule from '@/domain/engine/engine';
import type { Engine } from '@/domain/engine/engine';
import type { Filters } from '@/domain/filters';
import { setupMockServer } from '@mocks/testing';
import { markFirstViewShown } from '@/lib/first-view';
import { renderRoute } from '@/test/render-route';
import { stubResizeObserver } from '@/test/stub-resize-observer';

/*
 * Below the Worker threshold the first filter click of each screen is rehearsed in idle time: the
 * screens rendered with one region more and at once as they were, never painted (DESIGN §10).
 */

const engines = vi.hoisted(() => ({ filters: [] as Filters[] }));
vi.mock('@/domain/engine/engine', async (importOriginal) => {
  const actual = await importOriginal<typeof EngineModule>();
  return {
    ...actual,
    engineOnColumns: (...args: Parameters<typeof actual.engineOnColumns>): Engine => {
      const engine = actual.engineOnColumns(...args);
      return {
        ...engine,
        compute: (...request) => {
          engines.filters.push(request[0]);
          return engine.compute(...request);
        },
      };
    },
  };
});

setupMockServer();
stubResizeObserver();

/** The rehearsal asks for an idle period once the first view is shown, which may be a little later. */
const idleAskedFor = () => waitFor(() => expect(idle.size).toBe(1));

/** The idle callbacks asked for, run by the test with the idle time it gives. */
let idle: Map<number, IdleRequestCallback>;
/**
 * Runs the idle callbacks asked for with this much idle time; gives the page's HTML as it is at
 * the end of their task, when the browser would paint.
 */
async function runIdle(timeRemaining: number): Promise<string> {
  let drawn = '';
  await act(() => {
    const callbacks = [...idle.values()];
    idle.clear();
    for (const callback of callbacks)
      callback({ didTimeout: false, timeRemaining: () => timeRemaining });
    drawn = document.body.innerHTML;
  });
  return drawn;
}

beforeEach(() => {
  engines.filters = [];
  idle = new Map();
  let next = 0;
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
    idle.set(++next, callback);
    return next;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.delete(handle));
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete window.__perfMarks;
  performance.clearMarks();
});

/** The texts that changes under `element` replaced while `run` ran, in the order they were made. */
async function textsReplaced(element: Element, run: () => Promise<unknown>): Promise<string[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((made) => records.push(...made));
  observer.observe(element, {
    subtree: true,
    childList: true,
    characterData: true,
    characterDataOldValue: true,
  });
  await run();
  records.push(...observer.takeRecords());
  const replaced = records
    .flatMap((record) =>
      record.type === 'characterData'
        ? [record.oldValue ?? '']
        : [...record.removedNodes].map((node) => node.textContent ?? ''),
    )
    .filter((text) => text !== '');
  observer.disconnect();
  return replaced;
}

const viewMarks = () => performance.getEntriesByName('view', 'mark').length;

/**
 * Opens the overview, marks its first view shown and waits for the rehearsal's idle request;
 * gives how many computes the engine has made by then.
 */
async function overviewShown(): Promise<number> {
  renderRoute('/?lang=en');
  await screen.findByRole('heading', { level: 1, name: 'Overview' });
  markFirstViewShown();
  await idleAskedFor();
  return engines.filters.length;
}

describe('the first-click rehearsal', () => {
  it('draws the screen with one region more and at once as it was, once the first view is shown', async () => {
    window.__perfMarks = true;
    const { container, router } = renderRoute('/?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    markFirstViewShown();
    await idleAskedFor();
    const shown = container.querySelector('.kpis')?.textContent;
    expect(shown).toMatch(/\d/);
    const computed = engines.filters.length;
    expect(engines.filters.every((f) => f.region.length === 0)).toBe(true);
    const marks = viewMarks();
    const address = router.state.location.search;

    const html = document.body.innerHTML;
    let drawn = '';
    const replaced = await textsReplaced(container.querySelector('.kpis')!, async () => {
      drawn = await runIdle(50);
    });
    // The screen was drawn with the rehearsal's figures (a region's), then with its own again
    // in the same task: what the browser paints after it is what it painted before.
    expect(replaced.some((text) => !shown!.includes(text))).toBe(true);
    expect(drawn).toBe(html);
    expect(engines.filters.slice(computed).some((f) => f.region.length === 1)).toBe(true);
    // Nothing else moved: not the address, and no view was marked for the benchmark.
    expect(router.state.location.search).toBe(address);
    expect(viewMarks()).toBe(marks);

    // Once per screen.
    const after = engines.filters.length;
    await runIdle(50);
    expect(engines.filters).toHaveLength(after);
    expect(idle.size).toBe(0);
  });

  it('lays the rehearsed page out, and sends a pointer’s arrival, before the page is drawn again', async () => {
    const { container } = renderRoute('/?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    markFirstViewShown();
    await idleAskedFor();
    const shown = container.querySelector('.kpis')!.textContent;
    // What the page held when its layout was asked for (a size read from the whole page).
    const laidOut: (string | null)[] = [];
    const read = vi
      .spyOn(HTMLElement.prototype, 'offsetHeight', 'get')
      .mockImplementation(function (this: HTMLElement) {
        if (this === document.documentElement)
          laidOut.push(container.querySelector('.kpis')!.textContent);
        return 0;
      });
    const arrived: string[] = [];
    const types = ['pointerover', 'mouseover', 'pointermove', 'mousemove'];
    const note = (event: Event) => arrived.push(event.type);
    for (const type of types) document.addEventListener(type, note);
    try {
      await runIdle(50);
    } finally {
      read.mockRestore();
      for (const type of types) document.removeEventListener(type, note);
    }
    expect(laidOut).toHaveLength(1);
    expect(laidOut[0]).not.toBe(shown);
    expect(arrived).toEqual(types);
    expect(container.querySelector('.kpis')!.textContent).toBe(shown);
  });

  it('rehearses each screen once, when the person moves to it', async () => {
    const { container, router } = renderRoute('/?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    markFirstViewShown();
    await idleAskedFor();
    await runIdle(50);

    await act(() => router.navigate('/projects?lang=en'));
    await screen.findByRole('heading', { level: 1, name: 'Projects' });
    await idleAskedFor();
    const html = document.body.innerHTML;
    let drawn = '';
    let read: string[] = [];
    // The rehearsal's view was computed on the overview; the projects screen is drawn with it.
    const replaced = await textsReplaced(container, async () => {
      read = await textsReplaced(screen.getByRole('status'), async () => {
        drawn = await runIdle(50);
      });
    });
    expect(replaced.length).toBeGreaterThan(0);
    expect(drawn).toBe(html);
    // The live region with the results summary is never changed: nothing for a screen reader.
    expect(read).toEqual([]);

    await act(() => router.navigate('/?lang=en'));
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    expect(idle.size).toBe(0);
  });

  it('rehearses nothing once the person has pressed, typed or scrolled', async () => {
    const computed = await overviewShown();

    fireEvent.wheel(window);
    await runIdle(50);
    expect(engines.filters).toHaveLength(computed);
    expect(idle.size).toBe(0);
  });

  it('rehearses nothing while a control of the screen or the panel has the focus', async () => {
    const computed = await overviewShown();

    act(() => screen.getByRole('checkbox', { name: /^Africa/ }).focus());
    await runIdle(50);
    expect(engines.filters).toHaveLength(computed);
    expect(screen.getByRole('checkbox', { name: /^Africa/ })).toHaveFocus();
  });

  it('waits for an idle period with room for it', async () => {
    const computed = await overviewShown();

    await runIdle(2);
    expect(engines.filters).toHaveLength(computed);
    expect(idle.size).toBe(1);

    await runIdle(50);
    expect(engines.filters.slice(computed).some((f) => f.region.length === 1)).toBe(true);
  });
});
