import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '@/lib/api/retry';

/**
 * The one QueryClient definition: data is fresh for 5 minutes and kept while refetching; a
 * failed request is retried with the back-off of `@/lib/api/retry`. `retry: false` is the one
 * setting tests may change (the test harness's default), so an error shows at once instead of
 * after the back-off; the app always uses the defaults.
 */
export function createQueryClient({ retry = true }: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        gcTime: 30 * 60_000,
        retry: retry ? shouldRetry : false,
        retryDelay,
        refetchOnWindowFocus: false,
      },
    },
  });
}
