import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '@/lib/api/retry';

/** The one QueryClient defaults: data is fresh for 5 minutes and kept while refetching. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        gcTime: 30 * 60_000,
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
      },
    },
  });
}
