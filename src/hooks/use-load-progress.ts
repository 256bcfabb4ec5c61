import { useSyncExternalStore } from 'react';
import { loadProgress, subscribeLoadProgress, type LoadProgress } from '@/lib/api/load-progress';

/** The current loading progress of the project list, re-rendering as pages arrive. */
export function useLoadProgress(): LoadProgress {
  return useSyncExternalStore(subscribeLoadProgress, loadProgress, loadProgress);
}
