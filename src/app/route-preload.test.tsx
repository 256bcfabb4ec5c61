import { describe, expect, it } from 'vitest';
import { preloadScreen, screenChunks } from './route-preload';

/** The exports of the modules preloaded for a path, in order. */
async function preloaded(path: string): Promise<string[][]> {
  const modules = await Promise.all(screenChunks(path).map((load) => load()));
  return modules.map((module) => Object.keys(module as object).sort());
}

describe('the first screen’s chunks, requested before the app renders', () => {
  it('loads the explore layout and the screen for each explore address', async () => {
    for (const path of ['/', '/projects', '/timeline', '/budget', '/map', '/projects/']) {
      const [layout, screen] = await preloaded(path);
      expect(layout).toContain('ExploreLayout');
      expect(screen).toContain('default');
    }
  });

  it('loads only the screen for a project page and the import screen', async () => {
    expect(await preloaded('/projects/RR.0083')).toEqual([expect.arrayContaining(['default'])]);
    expect(await preloaded('/import')).toEqual([expect.arrayContaining(['default'])]);
  });

  it('loads nothing for an address no screen has, and settles', async () => {
    expect(screenChunks('/nowhere')).toHaveLength(0);
    expect(screenChunks('/projects/a/b')).toHaveLength(0);
    await expect(preloadScreen('/nowhere')).resolves.toBeUndefined();
    await expect(preloadScreen('/map')).resolves.toBeUndefined();
  });
});
