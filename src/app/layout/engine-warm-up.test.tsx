import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as EngineModule from '@/domain/engine/engine';
import type { Engine } from '@/domain/engine/engine';
import type { Filters } from '@/domain/filters';
import { setupMockServer } from '@mocks/testing';
import { renderRoute } from '@/test/render-route';
import { stubResizeObserver } from '@/test/stub-resize-observer';

/* Below the Worker threshold the engine's filtered pass is warmed in idle time (DESIGN §10). */

const engines = vi.hoisted(() => ({ filters: [] as Filters[] }));
vi.mock('@/domain/engine/engine', async (importOriginal) => {
  const actual = await importOriginal<typeof EngineModule>();
  return {
    ...actual,
    createEngine: (...args: Parameters<typeof actual.createEngine>): Engine => {
      const engine = actual.createEngine(...args);
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

/** The warm-up asks for an idle period once the first view is shown, which may be a little later. */
const idleAskedFor = () => waitFor(() => expect(idle.size).toBe(1));

/** The idle callbacks asked for, run by the test with the idle time it gives. */
let idle: Map<number, IdleRequestCallback>;
const runIdle = (timeRemaining: number) =>
  act(() => {
    const callbacks = [...idle.values()];
    idle.clear();
    for (const callback of callbacks)
      callback({ didTimeout: false, timeRemaining: () => timeRemaining });
  });

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
afterEach(() => vi.unstubAllGlobals());

describe('the engine warm-up', () => {
  it('runs one filtered pass in idle time after the first view, and never again', async () => {
    const { container } = renderRoute('/?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    await idleAskedFor();
    const figures = () => container.querySelector('.kpis')?.textContent;
    const shown = figures();
    expect(shown).toMatch(/\d/);
    const computed = engines.filters.length;
    expect(engines.filters.every((f) => f.region.length === 0)).toBe(true);

    await runIdle(50);
    expect(engines.filters).toHaveLength(computed + 1);
    expect(engines.filters.at(-1)!.region).toHaveLength(1);
    // Its view is thrown away: the screen shows what it showed.
    expect(figures()).toBe(shown);

    await runIdle(50);
    expect(engines.filters).toHaveLength(computed + 1);
    expect(idle.size).toBe(0);
  });

  it('waits for an idle period with room for the pass', async () => {
    renderRoute('/?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    await idleAskedFor();
    const computed = engines.filters.length;

    await runIdle(2);
    expect(engines.filters).toHaveLength(computed);
    expect(idle.size).toBe(1);

    await runIdle(50);
    expect(engines.filters).toHaveLength(computed + 1);
  });
});
