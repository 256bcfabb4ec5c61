import { ApiError } from './client';

const MAX_RETRIES = 3;

/**
 * Retries network errors and 5xx with backoff; never a 4xx or invalid data, and never a time-out:
 * a request that already waited the whole time-out would make the person wait four times over
 * before hearing that the server is not answering.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  return error instanceof ApiError && error.retryable && error.kind !== 'timeout';
}

/** Exponential backoff: 0.5 s, 1 s, 2 s … capped at 8 s. */
export function retryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 8_000);
}
