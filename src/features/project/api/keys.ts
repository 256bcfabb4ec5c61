/** Query keys of the project page, written once here. */
export const projectKeys = {
  all: ['project'] as const,
  detail: (id: string) => [...projectKeys.all, 'detail', id] as const,
};

/** What a news request asks for: the mock API AND-s `country` and `project`. */
export interface NewsParams {
  countries?: readonly string[];
  project?: string;
  limit: number;
}

export const newsKeys = {
  all: ['news'] as const,
  list: (params: NewsParams) => [...newsKeys.all, 'list', params] as const,
  related: (id: string, countries: readonly string[]) =>
    [...newsKeys.all, 'related', id, countries] as const,
};
