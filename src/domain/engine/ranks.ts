/**
 * A field reduced to ranks: rank[i] < rank[j] exactly when project i sorts before project j on
 * that field, equal ranks for values that compare equal. Sorting then needs no comparator.
 */
export interface Ranking {
  rank: Uint32Array;
  /** Number of distinct ranks. */
  size: number;
}

/**
 * Ranks numbers (±Infinity included) in ascending order; -0 and 0 rank equal. A NaN (none is
 * expected) ranks 0 and adds one to the size, as the search below finds it.
 *
 * The typed array's own sort, then a search per value: a radix sort of the numbers' bits was
 * quicker once its loops were optimised, but the first view of a portfolio runs them cold.
 */
export function rankNumbers(values: Float64Array): Ranking {
  const sorted = values.slice().sort();
  // The distinct values, ascending, written over the sorted copy's front.
  let size = 0;
  for (let k = 0; k < sorted.length; k++) {
    const v = sorted[k]!;
    if (size === 0 || sorted[size - 1] !== v) sorted[size++] = v;
  }
  const rank = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo;
  }
  return { rank, size };
}

/** Ranks strings with a comparator (a collator); only distinct strings are compared. */
export function rankStrings(
  values: readonly string[],
  compare: (a: string, b: string) => number,
): Ranking {
  const idOf = new Map<string, number>();
  const ids = new Uint32Array(values.length);
  values.forEach((v, i) => {
    let id = idOf.get(v);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(v, id);
    }
    ids[i] = id;
  });
  const distinct = [...idOf.keys()].sort(compare);
  const rankOfId = new Uint32Array(distinct.length);
  let rank = 0;
  distinct.forEach((v, k) => {
    if (k > 0 && compare(distinct[k - 1]!, v) !== 0) rank++;
    rankOfId[idOf.get(v)!] = rank;
  });
  const out = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = rankOfId[ids[i]!]!;
  return { rank: out, size: distinct.length === 0 ? 0 : rank + 1 };
}

/** A stable counting sort of `order` by rank (descending flips the ranks). */
function countingSort(
  order: Uint32Array,
  { rank, size }: Ranking,
  descending: boolean,
): Uint32Array {
  const starts = new Uint32Array(size + 1);
  for (let i = 0; i < rank.length; i++)
    starts[(descending ? size - 1 - rank[i]! : rank[i]!) + 1]!++;
  for (let r = 0; r < size; r++) starts[r + 1]! += starts[r]!;
  const out = new Uint32Array(order.length);
  for (const i of order) {
    const r = descending ? size - 1 - rank[i]! : rank[i]!;
    out[starts[r]!++] = i;
  }
  return out;
}

/**
 * Project indices in the order of several keys, first key first; ties keep portfolio order.
 * A least-significant-key-first radix sort: one linear pass per key.
 */
export function sortPermutation(
  n: number,
  keys: readonly { ranking: Ranking; descending: boolean }[],
): Uint32Array {
  let order: Uint32Array = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let k = keys.length - 1; k >= 0; k--)
    order = countingSort(order, keys[k]!.ranking, keys[k]!.descending);
  return order;
}
