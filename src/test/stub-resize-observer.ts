import { afterAll, beforeAll, vi } from 'vitest';

/** Recharts measures its container; jsdom has no layout, so a do-nothing observer is enough. */
export function stubResizeObserver(): void {
  beforeAll(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
  });
  afterAll(() => vi.unstubAllGlobals());
}
