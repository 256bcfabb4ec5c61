import { countryName } from '../codes/countries';
import type { Language } from '../codes/languages';
import { compareTypeCodes, typeLabel } from '../codes/project-types';
import { regions } from '../codes/regions';
import type { Bin } from './types';
import type { KeptProject } from './columns';
import { TIMELINE_GROUPS } from '../screen-params';

/** The groupings, as the URL's `group` parameter allows them. */
export const GROUP_BYS = TIMELINE_GROUPS;
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
function keysOf(project: KeptProject, by: Exclude<GroupBy, 'none'>): readonly string[] {
  switch (by) {
    case 'region':
      return [project.region];
    case 'type':
      return [project.type];
    case 'country':
      return project.countries.length > 0 ? project.countries : [NO_COUNTRY];
  }
}

/**
 * Every project's group keys as small integers (compressed rows: the keys of project i are
 * ids[offsets[i]] to ids[offsets[i + 1] - 1]), built once per portfolio and grouping, so that
 * grouping the rows of each filter change is a pass over typed arrays.
 */
export interface GroupIndex {
  keys: string[];
  offsets: Uint32Array;
  ids: Uint32Array;
}

export function buildGroupIndex(
  projects: readonly KeptProject[],
  by: Exclude<GroupBy, 'none'>,
): GroupIndex {
  const idOf = new Map<string, number>();
  const keys: string[] = [];
  const offsets = new Uint32Array(projects.length + 1);
  const ids: number[] = [];
  projects.forEach((project, i) => {
    for (const key of keysOf(project, by)) {
      let id = idOf.get(key);
      if (id === undefined) {
        id = keys.push(key) - 1;
        idOf.set(key, id);
      }
      ids.push(id);
    }
    offsets[i + 1] = ids.length;
  });
  return { keys, offsets, ids: Uint32Array.from(ids) };
}

/**
 * The index laid out in start order: entry i holds the keys of the project at `order[i]`, so that
 * grouping rows walked in start order reads it from start to end instead of all over (a million
 * scattered reads cost more than the grouping itself).
 */
export function groupIndexInOrder(index: GroupIndex, order: Uint32Array): GroupIndex {
  const offsets = new Uint32Array(order.length + 1);
  const ids = new Uint32Array(index.ids.length);
  let k = 0;
  for (let i = 0; i < order.length; i++) {
    const p = order[i]!;
    for (let j = index.offsets[p]!; j < index.offsets[p + 1]!; j++) ids[k++] = index.ids[j]!;
    offsets[i + 1] = k;
  }
  return { keys: index.keys, offsets, ids };
}

/** The label of a group key in the language. */
export function groupLabel(by: GroupBy, key: string, lang: Language): string {
  if (by === 'region' && regions.has(key)) return regions.label(key, lang);
  if (by === 'type') return typeLabel(key, lang);
  if (by === 'country' && key !== NO_COUNTRY) return countryName(key, lang);
  return key;
}

/** Regions and types in their code-list order; countries by name in the language, "none stated" last. */
function compareKeys(by: GroupBy, lang: Language): (a: string, b: string) => number {
  const inList = (codes: readonly string[]) => (a: string, b: string) =>
    codes.indexOf(a) - codes.indexOf(b);
  if (by === 'region') return inList(regions.codes);
  if (by === 'type') return compareTypeCodes;
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return (a, b) =>
    a === NO_COUNTRY
      ? 1
      : b === NO_COUNTRY
        ? -1
        : collator.compare(countryName(a, lang), countryName(b, lang));
}

/**
 * Splits the rows into groups, keeping their order inside each group. A multi-country project
 * is a member of each of its countries' groups. Budgets come from the engine's bins for the
 * dimension (which already split multi-country budgets equally); a group without a bin (no
 * benefiting state stated) sums its members.
 */
export function groupRows(
  budget: ArrayLike<number>,
  index: GroupIndex | undefined,
  rows: ArrayLike<number>,
  by: GroupBy,
  bins: readonly Bin[],
  lang: Language,
  order?: Uint32Array,
): TimelineGroup[] {
  const budgets = new Map(bins.map((b) => [b.key, b.budget]));
  // With `order`, rows are places in it and the index is laid out in it (groupIndexInOrder).
  const projectAt = (row: number) => (order ? order[row]! : row);
  // Ungrouped, the one group has no header: its budget is whatever total the caller passes.
  if (by === 'none' || !index)
    return [
      {
        key: NO_COUNTRY,
        members: Uint32Array.from(rows, projectAt),
        budget: budgets.get(NO_COUNTRY) ?? 0,
      },
    ];
  const { keys, offsets, ids } = index;
  const counts = new Uint32Array(keys.length);
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i]!;
    for (let k = offsets[p]!; k < offsets[p + 1]!; k++) counts[ids[k]!]!++;
  }
  const members = Array.from(counts, (count) => new Uint32Array(count));
  const filled = new Uint32Array(keys.length);
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i]!;
    for (let k = offsets[p]!; k < offsets[p + 1]!; k++) {
      const id = ids[k]!;
      members[id]![filled[id]!++] = order ? order[p]! : p;
    }
  }
  const compare = compareKeys(by, lang);
  const present = keys.map((_, id) => id).filter((id) => counts[id]! > 0);
  return present
    .sort((a, b) => compare(keys[a]!, keys[b]!))
    .map((id) => {
      const key = keys[id]!;
      const list = members[id]!;
      return { key, members: list, budget: budgets.get(key) ?? sumBudget(budget, list) };
    });
}

/** The rows' budgets summed; `budget` is the columns' (0 where a budget is not provided). */
function sumBudget(budget: ArrayLike<number>, rows: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < rows.length; i++) total += budget[rows[i]!]!;
  return total;
}
