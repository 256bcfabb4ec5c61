import { countryName } from '@/domain/codes/countries';
import type { Language } from '@/domain/codes/languages';
import { projectTypes } from '@/domain/codes/project-types';
import { regions } from '@/domain/codes/regions';
import type { Bin } from '@/domain/engine/types';
import type { ProjectSummary } from '@/domain/project';

export const GROUP_BYS = ['region', 'type', 'country', 'none'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** The key of the group for projects that name no benefiting state. */
export const NO_COUNTRY = '';

export interface TimelineGroup {
  key: string;
  /** Project indices, in the order of the rows they came from. */
  members: Uint32Array;
  /** Budget of the group: from the engine's bins, each country's equal share for country groups. */
  budget: number;
}

/** The groups a project belongs to: its region, its type, or each of its benefiting states. */
function keysOf(project: ProjectSummary, by: GroupBy): readonly string[] {
  switch (by) {
    case 'region':
      return [project.region];
    case 'type':
      return [project.type];
    case 'country':
      return project.countries.length > 0 ? project.countries : [NO_COUNTRY];
    case 'none':
      return [NO_COUNTRY];
  }
}

/** The label of a group key in the language. */
export function groupLabel(by: GroupBy, key: string, lang: Language): string {
  if (by === 'region' && regions.has(key)) return regions.label(key, lang);
  if (by === 'type' && projectTypes.has(key)) return projectTypes.label(key, lang);
  if (by === 'country' && key !== NO_COUNTRY) return countryName(key, lang);
  return key;
}

/** Regions and types in their code-list order; countries by name in the language, "none stated" last. */
function compareKeys(by: GroupBy, lang: Language): (a: string, b: string) => number {
  const inList = (codes: readonly string[]) => (a: string, b: string) => codes.indexOf(a) - codes.indexOf(b);
  if (by === 'region') return inList(regions.codes);
  if (by === 'type') return inList(projectTypes.codes);
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return (a, b) => (a === NO_COUNTRY ? 1 : b === NO_COUNTRY ? -1 : collator.compare(countryName(a, lang), countryName(b, lang)));
}

/**
 * Splits the rows into groups, keeping their order inside each group. A multi-country project
 * is a member of each of its countries' groups. Budgets come from the engine's bins for the
 * dimension (which already split multi-country budgets equally); a group without a bin (no
 * benefiting state stated) sums its members.
 */
export function groupRows(
  projects: readonly ProjectSummary[],
  rows: ArrayLike<number>,
  by: GroupBy,
  bins: readonly Bin[],
  lang: Language,
): TimelineGroup[] {
  const budgets = new Map(bins.map((b) => [b.key, b.budget]));
  // Ungrouped, the one group has no header: its budget is whatever total the caller passes.
  if (by === 'none') return [{ key: NO_COUNTRY, members: Uint32Array.from(rows), budget: budgets.get(NO_COUNTRY) ?? 0 }];
  const counts = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    for (const key of keysOf(projects[rows[i]!]!, by)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const members = new Map<string, { list: Uint32Array; filled: number }>();
  for (const [key, count] of counts) members.set(key, { list: new Uint32Array(count), filled: 0 });
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i]!;
    for (const key of keysOf(projects[p]!, by)) {
      const slot = members.get(key)!;
      slot.list[slot.filled++] = p;
    }
  }
  return [...members.keys()].sort(compareKeys(by, lang)).map((key) => {
    const list = members.get(key)!.list;
    return { key, members: list, budget: budgets.get(key) ?? sumBudget(projects, list) };
  });
}

function sumBudget(projects: readonly ProjectSummary[], rows: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < rows.length; i++) total += projects[rows[i]!]!.budgetUsd;
  return total;
}
