import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { shouldRetry } from './retry';

describe('query retries', () => {
  it('says a time-out once: a request that waited the whole time-out is not tried again', () => {
    expect(shouldRetry(0, new ApiError('timeout', 'No answer within 15000 ms'))).toBe(false);
  });

  it('retries network errors and server errors up to three times, never a 4xx or bad data', () => {
    const network = new ApiError('network', 'Failed to fetch');
    const server = new ApiError('http', 'Bad gateway', 502);
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, network))).toEqual([true, true, true, false]);
    expect(shouldRetry(0, server)).toBe(true);
    expect(shouldRetry(0, new ApiError('http', 'Not found', 404))).toBe(false);
    expect(shouldRetry(0, new ApiError('invalid', 'Not the contract'))).toBe(false);
  });
});
