import { useSyncExternalStore } from 'react';

/** The width at and under which the layout is a phone's (DESIGN §11: ≤ 480 px). */
export const PHONE_QUERY = '(max-width: 480px)';

/**
 * One MediaQueryList per query, kept: React reads the snapshot on every render of a component
 * that asks (the filter drawer and the projects screen on every filter click), and `matchMedia`
 * parses the query and builds a new list each time.
 */
const lists = new Map<string, MediaQueryList>();

function mediaList(query: string): MediaQueryList | undefined {
  if (typeof window.matchMedia !== 'function') return undefined;
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

/** Whether a media query matches, kept up to date; false where there is no matchMedia (jsdom). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = mediaList(query);
      if (!list) return () => {};
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => mediaList(query)?.matches ?? false,
    () => false,
  );
}
