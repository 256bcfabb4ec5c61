/** Query keys for the shared portfolio data, written once here. */
export const portfolioKeys = {
  all: ['portfolio'] as const,
  meta: () => [...portfolioKeys.all, 'meta'] as const,
  projects: () => [...portfolioKeys.all, 'projects'] as const,
};
