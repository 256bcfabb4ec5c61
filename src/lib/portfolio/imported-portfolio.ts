import { del, get, set } from 'idb-keyval';
import type { Portfolio } from '@/lib/api/projects';
import type { Meta } from '@/domain/project';
import { readStoredPortfolio, type ImportedPortfolio } from './stored-portfolio';

export type { ImportedPortfolio } from './stored-portfolio';

const KEY = 'portfolio-dashboard.imported';

/** How long the browser's storage may take to answer before the app goes on without it. */
export const STORAGE_TIMEOUT_MS = 3_000;

/** Where the imported portfolio is kept: IndexedDB (idb-keyval), replaceable in tests. */
export interface PortfolioStorage {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
  del: (key: string) => Promise<void>;
}

/**
 * What went wrong with storage, said once in words: a stored portfolio set aside as unreadable,
 * storage unavailable (or not answering), or an import that could not be saved.
 */
export type StorageProblem = 'discarded' | 'unavailable' | 'not-saved';

let storage: PortfolioStorage = { get, set, del };
let current: ImportedPortfolio | null = null;
let problem: StorageProblem | null = null;
let restored = false;
const listeners = new Set<() => void>();

function publish(next: { portfolio?: ImportedPortfolio | null; problem?: StorageProblem | null }) {
  if (next.portfolio !== undefined) current = next.portfolio;
  if (next.problem !== undefined) problem = next.problem;
  for (const listener of listeners) listener();
}

/** Settles with the storage's answer, or rejects when it fails or takes over STORAGE_TIMEOUT_MS. */
function answer<T>(request: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('storage time-out')), STORAGE_TIMEOUT_MS);
    // A storage that throws at once (no IndexedDB at all) fails the same way as a slow one.
    Promise.resolve()
      .then(request)
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

/**
 * Reads the imported portfolio kept in IndexedDB, once, at start-up. Never throws and never
 * waits more than STORAGE_TIMEOUT_MS: a stored portfolio that is invalid today (an older
 * version's, or damaged) is deleted and said, and so is storage that fails; the app then starts
 * on the sample.
 */
export async function restoreImportedPortfolio(): Promise<void> {
  if (restored) return;
  restored = true;
  let saved: unknown;
  try {
    saved = await answer(() => storage.get(KEY));
  } catch {
    publish({ problem: 'unavailable' });
    return;
  }
  if (saved === undefined) return;
  const portfolio = readStoredPortfolio(saved);
  if (portfolio) {
    publish({ portfolio });
    return;
  }
  publish({ problem: 'discarded' });
  await answer(() => storage.del(KEY)).catch(() => undefined);
}

/** Makes an imported portfolio drive every screen and keeps it across reloads when storage can. */
export async function activateImportedPortfolio(portfolio: ImportedPortfolio): Promise<void> {
  publish({ portfolio });
  try {
    await answer(() => storage.set(KEY, portfolio));
    if (problem === 'not-saved' || problem === 'unavailable') publish({ problem: null });
  } catch {
    // Kept for this visit only: said, so that its loss on reload is no surprise.
    publish({ problem: 'not-saved' });
  }
}

/** Returns to the sample portfolio and forgets the imported one. */
export async function removeImportedPortfolio(): Promise<void> {
  publish({ portfolio: null, problem: problem === 'not-saved' ? null : problem });
  await answer(() => storage.del(KEY)).catch(() => undefined);
}

/** The storage problem to say, until dismissed. */
export function dismissStorageProblem(): void {
  publish({ problem: null });
}

/** Tests: another storage, and a fresh start (nothing restored, no portfolio, no problem). */
export function setPortfolioStorageForTests(next: PortfolioStorage): void {
  storage = next;
  restored = false;
  current = null;
  problem = null;
}

/** Calls `listener` whenever the imported portfolio or the storage problem changes. */
export function subscribeImportedPortfolio(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The imported portfolio in use, or null when the API's portfolio is shown. */
export function importedPortfolio(): ImportedPortfolio | null {
  return current;
}

/** The storage problem to tell the user about, or null. */
export function storageProblem(): StorageProblem | null {
  return problem;
}

/** The meta of an imported portfolio: dated the day it was imported, its file as the source. */
export function importedPortfolioMeta(imported: ImportedPortfolio): Meta {
  const meta: Meta = {
    asOf: imported.importedAt.slice(0, 10),
    source: imported.name,
    currency: 'USD',
    projectCount: imported.projects.length + imported.rejected.length,
  };
  if (imported.types) meta.types = imported.types;
  return meta;
}

/** An imported portfolio as every screen reads a portfolio. */
export function importedAsPortfolio(imported: ImportedPortfolio): Portfolio {
  return {
    meta: importedPortfolioMeta(imported),
    projects: imported.projects,
    rejected: imported.rejected,
    ...(imported.flagged ? { flagged: imported.flagged } : {}),
    total: imported.projects.length + imported.rejected.length,
  };
}
