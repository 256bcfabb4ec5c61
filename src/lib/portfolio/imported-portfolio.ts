import { del, get, set } from 'idb-keyval';
import { useSyncExternalStore } from 'react';
import type { RejectedRecord } from '@/domain/parse-record';
import type { ProjectSummary, ProjectTypeEntry } from '@/domain/project';

/** A portfolio the user imported from a file; it replaces the sample until removed. */
export interface ImportedPortfolio {
  name: string;
  importedAt: string;
  projects: ProjectSummary[];
  rejected: RejectedRecord[];
  /** The portfolio's own project types (an IATI file's DAC sector categories, a CSV's values). */
  types?: ProjectTypeEntry[];
}

const KEY = 'portfolio-dashboard.imported';

let current: ImportedPortfolio | null = null;
let restored = false;
const listeners = new Set<() => void>();

function publish(next: ImportedPortfolio | null): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Reads the imported portfolio kept in IndexedDB, once, at start-up. */
export async function restoreImportedPortfolio(): Promise<void> {
  if (restored) return;
  restored = true;
  try {
    const saved = await get<ImportedPortfolio>(KEY);
    if (saved && Array.isArray(saved.projects)) publish(saved);
  } catch {
    // IndexedDB may be unavailable (private mode, tests): the sample portfolio is used.
  }
}

/** Makes an imported portfolio drive every screen and keeps it across reloads. */
export async function activateImportedPortfolio(portfolio: ImportedPortfolio): Promise<void> {
  publish(portfolio);
  try {
    await set(KEY, portfolio);
  } catch {
    // Kept for this visit only when storage is unavailable.
  }
}

/** Returns to the sample portfolio and forgets the imported one. */
export async function removeImportedPortfolio(): Promise<void> {
  publish(null);
  try {
    await del(KEY);
  } catch {
    // Nothing stored.
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The imported portfolio in use, or null when the API's portfolio is shown. */
export function useImportedPortfolio(): ImportedPortfolio | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  );
}
