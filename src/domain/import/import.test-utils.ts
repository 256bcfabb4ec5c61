import type { ImportOutcome, ImportResult } from './types';

/** The result of an import that must succeed; fails the test with the error message otherwise. */
export function expectOk(outcome: ImportOutcome): ImportResult {
  if (!outcome.ok)
    throw new Error(`import failed: ${outcome.error.message} ${outcome.error.detail ?? ''}`);
  return outcome;
}

/** UTF-8 bytes of a value written as JSON. */
export const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
