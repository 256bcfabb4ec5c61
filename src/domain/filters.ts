import type { CoverageCode } from './codes/coverage';
import type { RegionCode } from './codes/regions';
import type { StatusCode } from './codes/statuses';
import type { ProjectField } from './project';

/** The one filter state every screen shares (DESIGN §6). Empty lists mean "no filter". */
export interface Filters {
  region: RegionCode[];
  status: StatusCode[];
  /** Codes of the portfolio's type list (DESIGN §11). */
  type: string[];
  coverage: CoverageCode[];
  country: string[];
  /** Funding years. */
  year: number[];
  /** Funders, by IATI ref or by name (DESIGN §11). */
  funder: string[];
  /** Active from / to (years): a project matches when its start–end span overlaps them. */
  from?: number;
  to?: number;
  budgetMin?: number;
  budgetMax?: number;
  /** Free text, matched ignoring case and accents. */
  q: string;
}

/** The facets that have counts. */
export const FACETS = [
  'region',
  'status',
  'type',
  'coverage',
  'country',
  'year',
  'funder',
] as const;
export type Facet = (typeof FACETS)[number];

export type SortDirection = 'asc' | 'desc';
export interface SortKey {
  field: ProjectField;
  dir: SortDirection;
}

export function emptyFilters(): Filters {
  return {
    region: [],
    status: [],
    type: [],
    coverage: [],
    country: [],
    year: [],
    funder: [],
    q: '',
  };
}

/** True when no filter narrows the portfolio. */
export function isEmptyFilters(filters: Filters): boolean {
  return (
    FACETS.every((facet) => filters[facet].length === 0) &&
    filters.from === undefined &&
    filters.to === undefined &&
    filters.budgetMin === undefined &&
    filters.budgetMax === undefined &&
    filters.q.trim() === ''
  );
}

/**
 * The filter state's canonical form: equal for filter states that select the same projects
 * whatever the order of their values (`region=asia,africa` and `region=africa,asia`). Screens key
 * the engine's work by it, so a change elsewhere in the address (a screen's zoom, group or rows)
 * never recomputes the filters.
 */
export function filtersKey(filters: Filters): string {
  const sorted = (values: readonly (string | number)[]) => [...values].map(String).sort();
  return JSON.stringify([
    ...FACETS.map((facet) => sorted(filters[facet])),
    filters.from ?? null,
    filters.to ?? null,
    filters.budgetMin ?? null,
    filters.budgetMax ?? null,
    filters.q,
  ]);
}

/** The canonical form of a sort (its keys in order). */
export function sortKey(sort: readonly SortKey[]): string {
  return sort.map((key) => `${key.field}:${key.dir}`).join(',');
}
