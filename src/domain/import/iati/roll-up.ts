import { coverageFromCountries, regionFromCountries } from '../derive';
import type { ImportNote } from '../notes';
import type { MappedActivity } from './activity';
import { attr, children, text, child, type XmlElement } from './xml';

/** How parent and child activities (IATI hierarchy, related-activity) are imported. */
export type HierarchyChoice = 'roll-up' | 'separate';

/** For each activity, the index of its parent in the file (related-activity type 1 or 2), if any. */
export function parentsInFile(activities: readonly XmlElement[]): (number | undefined)[] {
  const ids = activities.map((a) => text(child(a, 'iati-identifier')));
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const parents: (number | undefined)[] = activities.map((a) => {
    const ref = children(a, 'related-activity').find((r) => attr(r, 'type') === '1');
    return indexOf.get(attr(ref, 'ref') ?? '');
  });
  activities.forEach((a, p) => {
    for (const r of children(a, 'related-activity')) {
      const c = indexOf.get(attr(r, 'ref') ?? '');
      if (attr(r, 'type') === '2' && c !== undefined && c !== p) parents[c] ??= p;
    }
  });
  return parents;
}

function rootOf(index: number, parents: readonly (number | undefined)[]): number {
  const seen = new Set<number>([index]);
  let at = index;
  for (let up = parents[at]; up !== undefined && !seen.has(up); up = parents[at]) {
    seen.add(up);
    at = up;
  }
  return at;
}

/**
 * Rolls child activities up into their top parent as one project (DESIGN §11): the parent's
 * own budgets count if it has any, otherwise its children's are summed; countries are joined
 * when the parent names none; a parent with no type takes its first child's. Returns the
 * activities that remain projects, in file order, and the notes saying what was rolled up.
 */
export function rollUp(
  mapped: MappedActivity[],
  parents: readonly (number | undefined)[],
): { kept: MappedActivity[]; notes: ImportNote[]; rolledUp: number } {
  const childrenOf = new Map<number, number[]>();
  parents.forEach((p, i) => {
    if (p === undefined) return;
    const root = rootOf(i, parents);
    if (root !== i) childrenOf.set(root, [...(childrenOf.get(root) ?? []), i]);
  });
  const notes: ImportNote[] = [];
  const idOf = (i: number): Pick<ImportNote, 'index' | 'id'> => {
    const id = mapped[i]!.record.id;
    return id === undefined ? { index: i } : { index: i, id: String(id) };
  };
  let rolledUp = 0;
  for (const [root, kids] of childrenOf) {
    const parent = mapped[root]!;
    const record = parent.record;
    const ownBudget = parent.budgets.usd !== undefined || parent.budgets.unconverted.length > 0;
    if (!ownBudget) {
      let cents = 0;
      let any = false;
      const unconverted: string[] = [];
      const original = [...parent.budgets.original];
      const byCurrency: Record<string, number> = {};
      for (const k of kids) {
        const b = mapped[k]!.budgets;
        if (b.usd !== undefined) {
          cents += Math.round(b.usd * 100);
          any = true;
        }
        original.push(...b.original);
        for (const [c, v] of Object.entries(b.byCurrency)) byCurrency[c] = (byCurrency[c] ?? 0) + v;
        const text = mapped[k]!.record.budgetUnconverted;
        if (typeof text === 'string') unconverted.push(text);
      }
      if (any) record.budgetUsd = cents / 100;
      const fromChildren = kids.filter((k) => mapped[k]!.budgets.count > 0).length;
      if (fromChildren > 0) {
        // The parent's own "no budget" is answered by its children's budgets.
        parent.notes = parent.notes.filter((n) => n.code !== 'budget_none');
        notes.push({
          ...idOf(root),
          code: 'budget_from_children',
          field: 'budgetUsd',
          count: fromChildren,
        });
      }
      if (original.length > 0) record.budgetOriginal = original;
      if (unconverted.length > 0) record.budgetUnconverted = unconverted.join(', ');
      parent.budgets = { ...parent.budgets, byCurrency, usd: any ? cents / 100 : undefined };
    }
    const countries = record.countries as string[];
    if (countries.length === 0) {
      const joined = [...new Set(kids.flatMap((k) => mapped[k]!.record.countries as string[]))];
      if (joined.length > 0) {
        record.countries = joined;
        record.region = regionFromCountries(joined).region ?? record.region;
        record.coverage = coverageFromCountries(joined.length, record.region as string);
      }
    }
    if (record.type === 'other') {
      const typed = kids.map((k) => mapped[k]!.record.type).find((t) => t !== 'other');
      if (typed) record.type = typed;
    }
    rolledUp += kids.length;
    const ids = kids.map((k) => String(mapped[k]!.record.id ?? `#${k + 1}`));
    notes.push({ ...idOf(root), code: 'rolled_up', count: kids.length, value: ids.join(', ') });
  }
  const isChild = new Set([...childrenOf.values()].flat());
  return { kept: mapped.filter((_, i) => !isChild.has(i)), notes, rolledUp };
}
