import { useSyncExternalStore } from 'react';
import {
  importedPortfolio,
  storageProblem,
  subscribeImportedPortfolio,
  type ImportedPortfolio,
  type StorageProblem,
} from '@/lib/portfolio/imported-portfolio';

/** The imported portfolio in use, or null when the API's portfolio is shown. */
export function useImportedPortfolio(): ImportedPortfolio | null {
  return useSyncExternalStore(subscribeImportedPortfolio, importedPortfolio, importedPortfolio);
}

/** The storage problem to tell the user about, or null. */
export function useStorageProblem(): StorageProblem | null {
  return useSyncExternalStore(subscribeImportedPortfolio, storageProblem, storageProblem);
}
