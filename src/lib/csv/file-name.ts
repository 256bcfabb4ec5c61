import { FACETS, type Filters } from '@/domain/filters';

export interface CsvFileNameOptions {
  filters: Filters;
  /** The export date; a Date is read in local time (the user's calendar day). */
  date: Date | string;
  /** Extension without the dot. Default `csv`. */
  ext?: string;
  /** Longest name, extension included. Default 120, well within every file system's limit. */
  maxLength?: number;
}

/** Lower-case ASCII letters, digits and single hyphens only: safe on every OS and in URLs. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function isoDay(date: Date | string): string {
  if (typeof date === 'string')
    return /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : slug(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The filter parts of the name: `region-asia-oceania`, values of one facet joined by `_`. */
function filterParts(filters: Filters): string[] {
  const parts: string[] = [];
  for (const facet of FACETS) {
    const values = filters[facet].map((v) => slug(String(v))).filter(Boolean);
    if (values.length > 0) parts.push(`${facet}-${values.join('_')}`);
  }
  if (filters.from !== undefined) parts.push(`from-${filters.from}`);
  if (filters.to !== undefined) parts.push(`to-${filters.to}`);
  if (filters.budgetMin !== undefined) parts.push(`budgetmin-${slug(String(filters.budgetMin))}`);
  if (filters.budgetMax !== undefined) parts.push(`budgetmax-${slug(String(filters.budgetMax))}`);
  const q = slug(filters.q);
  if (q) parts.push(`q-${q}`);
  return parts;
}

/**
 * A file name that says what the export holds: `portfolio-2026-11-23-region-asia-oceania-status-completed.csv`,
 * or `portfolio-2026-11-23-all.csv` when nothing is filtered. Safe characters only; when the
 * filters make it too long it is cut at a word boundary and ends with `-etc`.
 */
export function csvFileName({
  filters,
  date,
  ext = 'csv',
  maxLength = 120,
}: CsvFileNameOptions): string {
  const suffix = `.${slug(ext) || 'csv'}`;
  const base = `portfolio-${isoDay(date)}`;
  const parts = filterParts(filters);
  const full = `${base}-${parts.length > 0 ? parts.join('-') : 'all'}`;
  if (full.length + suffix.length <= maxLength) return full + suffix;
  const room = maxLength - suffix.length - '-etc'.length;
  let cut = full.slice(0, room);
  const boundary = cut.lastIndexOf('-');
  if (boundary > base.length) cut = cut.slice(0, boundary);
  return `${cut.replace(/[-_]+$/, '')}-etc${suffix}`;
}
