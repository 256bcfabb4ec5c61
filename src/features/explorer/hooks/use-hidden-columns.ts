import { useCallback, useState } from 'react';
import { PROJECT_FIELDS, type ProjectField } from '@/domain/project';
import { ALWAYS_VISIBLE } from '../lib/table-columns';

/** Where the hidden columns are remembered between visits. */
export const HIDDEN_COLUMNS_KEY = 'portfolio-dashboard.explorer.hidden-columns';

/**
 * The stored list of hidden columns; anything unreadable or unknown is ignored. Hidden columns
 * are stored rather than visible ones, so a column added in a later version starts visible.
 */
export function readHiddenColumns(): ProjectField[] {
  try {
    const raw: unknown = JSON.parse(globalThis.localStorage?.getItem(HIDDEN_COLUMNS_KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return PROJECT_FIELDS.filter((f) => raw.includes(f) && !ALWAYS_VISIBLE.has(f));
  } catch {
    return [];
  }
}

function storeHiddenColumns(hidden: readonly ProjectField[]): void {
  try {
    globalThis.localStorage?.setItem(HIDDEN_COLUMNS_KEY, JSON.stringify(hidden));
  } catch {
    // Storage can be disabled (private mode): the choice then lasts for this visit only.
  }
}

/** The columns the user has hidden, remembered in localStorage. */
export function useHiddenColumns(): [ProjectField[], (hidden: ProjectField[]) => void] {
  const [hidden, setHiddenState] = useState(readHiddenColumns);
  const setHidden = useCallback((next: ProjectField[]) => {
    const clean = PROJECT_FIELDS.filter((f) => next.includes(f) && !ALWAYS_VISIBLE.has(f));
    storeHiddenColumns(clean);
    setHiddenState(clean);
  }, []);
  return [hidden, setHidden];
}
