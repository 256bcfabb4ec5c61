import type { Language } from '../codes/languages';
import type { SortKey } from '../filters';
import type { ColumnAmount, Columns, KeptProject } from './columns';
import { rankNumbers, rankStrings, sortPermutation, type Ranking } from './ranks';
import { collatorFor, keptSortValue } from './sort';

type Field = SortKey['field'];

const NUMERIC_FIELDS: ReadonlySet<Field> = new Set<Field>([
  'budgetUsd',
  'year',
  'startDate',
  'endDate',
  'committedUsd',
  'disbursedUsd',
  'spentUsd',
]);
const isAmount = (field: Field): field is ColumnAmount =>
  field === 'budgetUsd' ||
  field === 'committedUsd' ||
  field === 'disbursedUsd' ||
  field === 'spentUsd';
/** How many sorted orders to keep: each costs 4 bytes per project. */
const KEPT_ORDERS = 6;

/**
 * The whole portfolio presorted per (sort, language), built once with ranks computed once per
 * field (the collator runs only there), so a filter change only filters a presorted order.
 */
export interface Orders {
  /** Indices of the matching projects (bits 0) in sort order. */
  rows(sort: readonly SortKey[], lang: Language, bits: Uint16Array, matched: number): Uint32Array;
  /** Builds the order for a sort ahead of its first use. */
  prepare(sort: readonly SortKey[], lang: Language): void;
}

export function createOrders(projects: readonly KeptProject[], cols: Columns): Orders {
  const rankings = new Map<string, Ranking>();
  const orders = new Map<string, Uint32Array>();

  // Plain loops: Float64Array.from with a mapping function took 280 ms at a million projects,
  // on the way to the first view.
  const numbers = (field: Field): Float64Array => {
    if (field === 'startDate') return cols.start;
    if (field === 'endDate') return cols.end;
    const out = new Float64Array(cols.n);
    if (field === 'budgetUsd') {
      // Not provided sorts below every budget, zero included (as `sortValue` does).
      const { budget, hasBudget } = cols;
      for (let i = 0; i < out.length; i++)
        out[i] = hasBudget[i] ? budget[i]! : Number.NEGATIVE_INFINITY;
    } else if (field === 'committedUsd' || field === 'disbursedUsd' || field === 'spentUsd') {
      // Not provided (NaN in the column) sorts below every amount, as for budgets.
      const column =
        field === 'committedUsd'
          ? cols.committed
          : field === 'disbursedUsd'
            ? cols.disbursed
            : cols.spent;
      for (let i = 0; i < out.length; i++) {
        const amount = column[i]!;
        out[i] = Number.isNaN(amount) ? Number.NEGATIVE_INFINITY : amount;
      }
    } else for (let i = 0; i < out.length; i++) out[i] = projects[i]!.year;
    return out;
  };

  const rankingOf = (field: Field, lang: Language): Ranking => {
    const numeric = NUMERIC_FIELDS.has(field);
    const key = numeric ? field : `${field}:${lang}`;
    let ranking = rankings.get(key);
    if (!ranking) {
      const collator = collatorFor(lang);
      // Amounts are numeric, read from the columns (a kept project does not hold them).
      ranking =
        numeric || isAmount(field)
          ? rankNumbers(numbers(field))
          : rankStrings(
              projects.map((p) => String(keptSortValue(p, field, lang))),
              (a, b) => collator.compare(a, b),
            );
      rankings.set(key, ranking);
    }
    return ranking;
  };

  const orderOf = (sort: readonly SortKey[], lang: Language): Uint32Array => {
    const textual = sort.some((k) => !NUMERIC_FIELDS.has(k.field));
    const key = `${textual ? lang : ''}|${sort.map((k) => `${k.field}:${k.dir}`).join(',')}`;
    let order = orders.get(key);
    if (order) {
      orders.delete(key); // re-inserted below: the Map's order is the recency order
    } else {
      order = sortPermutation(
        cols.n,
        sort.map((k) => ({ ranking: rankingOf(k.field, lang), descending: k.dir === 'desc' })),
      );
      if (orders.size >= KEPT_ORDERS) orders.delete(orders.keys().next().value!);
    }
    orders.set(key, order);
    return order;
  };

  return {
    prepare(sort, lang) {
      orderOf(sort, lang);
    },
    rows(sort, lang, bits, matched) {
      const order = orderOf(sort, lang);
      // Every project matches: the presorted order itself.
      if (matched === order.length) return order.slice();
      const out = new Uint32Array(matched);
      let k = 0;
      for (let j = 0; j < order.length && k < matched; j++) {
        const i = order[j]!;
        if (bits[i] === 0) out[k++] = i;
      }
      return out;
    },
  };
}
