/*
 * The first screen's code, requested while the app's own code is evaluated (main.tsx imports
 * this module second, after the mock API's start): without it the screen's chunks were asked for
 * only once the app had rendered and the router had matched the address, one round trip later
 * on every cold load. The chunks are the router's own (router.tsx imports the same modules), so
 * the router finds them loaded or loading; a failed request here is the router's to report.
 */

type Load = () => Promise<unknown>;

const layout: Load = () => import('./layout/explore-layout');
const explore = (screen: Load): Load[] => [layout, screen];

/** The chunks each address's first paint needs, by path (router.tsx's routes). */
const SCREENS: readonly (readonly [RegExp, readonly Load[]])[] = [
  [/^\/$/, explore(() => import('./routes/overview'))],
  [/^\/projects\/?$/, explore(() => import('./routes/projects'))],
  [/^\/timeline\/?$/, explore(() => import('./routes/timeline'))],
  [/^\/budget\/?$/, explore(() => import('./routes/budget'))],
  [/^\/map\/?$/, explore(() => import('./routes/map'))],
  [/^\/projects\/[^/]+\/?$/, [() => import('./routes/project')]],
  [/^\/import\/?$/, [() => import('./routes/import')]],
];

/** What preloadScreen loads for `path`: the modules whose chunks the screen needs. */
export function screenChunks(path: string): readonly Load[] {
  return SCREENS.find(([pattern]) => pattern.test(path))?.[1] ?? [];
}

/**
 * Starts loading the chunks the screen at `path` needs; settles once they are loaded (or one
 * failed: never rejects). An address no screen has (the not-found page) loads nothing here.
 */
export function preloadScreen(path: string): Promise<void> {
  return Promise.all(screenChunks(path).map((load) => load())).then(
    () => undefined,
    () => undefined,
  );
}

/** The current address's screen, loading from the moment this module is evaluated. */
export const firstScreen: Promise<void> =
  typeof window === 'undefined' ? Promise.resolve() : preloadScreen(window.location.pathname);
