import { queryOptions } from '@tanstack/react-query';
import { fetchMeta } from '@/lib/api/meta';
import { fetchPortfolio } from '@/lib/api/projects';

/** Query keys for the shared portfolio data, written once here. */
export const portfolioKeys = {
  all: ['portfolio'] as const,
  meta: () => [...portfolioKeys.all, 'meta'] as const,
  projects: () => [...portfolioKeys.all, 'projects'] as const,
};

/** GET /meta in the query cache. */
export const metaQueryOptions = () =>
  queryOptions({ queryKey: portfolioKeys.meta(), queryFn: ({ signal }) => fetchMeta(signal) });

/** The whole validated portfolio in the query cache. */
export const portfolioQueryOptions = () =>
  queryOptions({
    queryKey: portfolioKeys.projects(),
    // The meta from the query cache: the footer asks for it too, and it is requested once.
    queryFn: ({ signal, client }) =>
      fetchPortfolio(signal, () => client.ensureQueryData(metaQueryOptions())),
    // Each page already retries with backoff; retrying the whole load on top would keep the
    // user waiting minutes before they see the message and the Retry button.
    retry: false,
  });
