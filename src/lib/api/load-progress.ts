/** How far the project list has loaded: projects received and the total the API announced. */
export interface LoadProgress {
  loaded: number;
  total: number | undefined;
  active: boolean;
}

let progress: LoadProgress = { loaded: 0, total: undefined, active: false };
const listeners = new Set<() => void>();

/** Publishes loading progress to every subscribed component. */
export function setLoadProgress(next: LoadProgress): void {
  progress = next;
  for (const listener of listeners) listener();
}

/** Calls `listener` on every change of the progress; returns the unsubscribe. */
export function subscribeLoadProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current loading progress of the project list. */
export function loadProgress(): LoadProgress {
  return progress;
}
