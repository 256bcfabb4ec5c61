import { codedLabel } from '../codes/coded-fields';
import type { Language } from '../codes/languages';
import type { SortKey } from '../filters';
import type { ProjectSummary } from '../project';
import type { ColumnAmount, KeptProject } from './columns';
import { spanBounds } from '../project-span';

type SortValue = string | number;

/**
 * The value a project sorts by for a field: numbers for amounts, years and dates (a missing
 * end date sorts after every date), labels in the language for codes.
 */
export function sortValue(
  project: ProjectSummary,
  field: SortKey['field'],
  lang: Language,
): SortValue {
  switch (field) {
    case 'budgetUsd':
    case 'committedUsd':
    case 'disbursedUsd':
    case 'spentUsd':
      // Not provided sorts below every amount, zero included.
      return project[field] ?? Number.NEGATIVE_INFINITY;
    default:
      return keptSortValue(project, field, lang);
  }
}

/** sortValue of a field other than an amount, which a kept project holds (see KeptProject). */
export function keptSortValue(
  project: KeptProject,
  field: Exclude<SortKey['field'], ColumnAmount>,
  lang: Language,
): SortValue {
  switch (field) {
    case 'year':
      return project.year;
    case 'startDate':
      return spanBounds(project.startDate, project.endDate).startDay;
    case 'endDate':
      return spanBounds(project.startDate, project.endDate).reachDay;
    case 'status':
    case 'type':
    case 'region':
    case 'coverage':
      return codedLabel(project, field, lang);
    case 'countries':
      return project.countries.join(' ');
    case 'funders':
      return (project.funders ?? []).map((f) => f.name).join(' ');
    default:
      return project[field];
  }
}

const collators = new Map<Language, Intl.Collator>();
/** The collator strings sort with in a language (accent-aware, numeric). */
export function collatorFor(lang: Language): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
    collators.set(lang, collator);
  }
  return collator;
}

/** Compares two sort values; numbers numerically, strings with the collator. */
export function compareValues(a: SortValue, b: SortValue, collator: Intl.Collator): number {
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
  return collator.compare(String(a), String(b));
}
