/*
 * What the mock API's Worker is started with, carried in the Worker's name rather than in a
 * message: a message to a new Worker is handed over only once the page's main thread is free,
 * and while the app starts that thread is busy evaluating its code for a few hundred
 * milliseconds. The name is there as the Worker's script starts, so it generates at once.
 */

/** The portfolio to make and where it is served. `marks`: post the Worker's timings to the page (the benchmark's). */
export interface MockApiSettings {
  count?: number;
  seed?: number;
  baseUrl: string;
  marks?: boolean;
}

const PREFIX = 'mock-api ';

/** The Worker's name for these settings: readable in the browser's tools, then the settings as JSON. */
export function mockApiWorkerName(settings: MockApiSettings): string {
  return PREFIX + JSON.stringify(settings);
}

/** The settings a Worker's name carries, or undefined when it carries none. */
export function mockApiSettingsOf(name: string): MockApiSettings | undefined {
  if (!name.startsWith(PREFIX)) return undefined;
  try {
    const value: unknown = JSON.parse(name.slice(PREFIX.length));
    if (typeof value !== 'object' || value === null) return undefined;
    const { count, seed, baseUrl, marks } = value as Record<string, unknown>;
    if (typeof baseUrl !== 'string') return undefined;
    return {
      baseUrl,
      ...(typeof count === 'number' ? { count } : {}),
      ...(typeof seed === 'number' ? { seed } : {}),
      ...(marks === true ? { marks } : {}),
    };
  } catch {
    return undefined;
  }
}
