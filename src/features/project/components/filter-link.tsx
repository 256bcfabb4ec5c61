import { useT } from '@/hooks/i18n';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { emptyFilters, type Filters } from '@/domain/filters';
import { formatViewQuery } from '@/domain/url-state';
import '../i18n';

type ListFacet = 'region' | 'type' | 'country' | 'funder';

/** The address of the projects list filtered on one value, in the page's language. */
export function filteredListHref(facet: ListFacet, value: string, search: string): string {
  const filters: Filters = { ...emptyFilters(), [facet]: [value] };
  const lang = new URLSearchParams(search).get('lang');
  const query = formatViewQuery({ filters, sort: [] });
  const withLang = lang ? `${query ? `${query}&` : ''}lang=${encodeURIComponent(lang)}` : query;
  return `/projects${withLang ? `?${withLang}` : ''}`;
}

/** A project's region, type, country or funder, as a link to the projects that share it. */
export function FilterLink({
  facet,
  value,
  label,
  search,
  children,
}: {
  facet: ListFacet;
  value: string;
  label: string;
  search: string;
  children: ReactNode;
}) {
  const { t } = useT('project');
  return (
    <Link to={filteredListHref(facet, value, search)} title={t('allWith', { value: label })}>
      {children}
    </Link>
  );
}
