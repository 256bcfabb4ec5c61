import { useSyncExternalStore } from 'react';

/** The width at and under which the layout is a phone's (DESIGN §11: ≤ 480 px). */
export const PHONE_QUERY = '(max-width: 480px)';

/** Whether a media query matches, kept up to date; false where there is no matchMedia (jsdom). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}
