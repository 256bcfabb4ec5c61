export type NavigationKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';
export const NAVIGATION_KEYS: ReadonlySet<string> = new Set<NavigationKey>([
  'ArrowDown',
  'ArrowUp',
  'Home',
  'End',
  'PageDown',
  'PageUp',
]);

/** The row a navigation key moves to, staying within the list. */
export function navigateRow(
  key: NavigationKey,
  index: number,
  count: number,
  pageSize: number,
): number {
  const last = Math.max(0, count - 1);
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return clamp(index + Math.max(1, pageSize));
    case 'PageUp':
      return clamp(index - Math.max(1, pageSize));
  }
}
