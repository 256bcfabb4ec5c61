import { useQuery } from '@tanstack/react-query';
import { metaQueryOptions, portfolioQueryOptions } from './portfolio-queries';

/** The whole validated portfolio, shared by every screen through the query cache. */
export function usePortfolio({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...portfolioQueryOptions(), enabled });
}

/** The data date and source, for the footer and headings. */
export function useMeta() {
  return useQuery(metaQueryOptions());
}
