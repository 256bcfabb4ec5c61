/**
 * The median budget of the whole portfolio without sorting it: at a million projects a sort
 * takes hundreds of milliseconds, and the first view (every project kept) would wait for it.
 * A selection finds the middle values in linear time; the filtered medians walk the presorted
 * budget order instead (order.ts), built after the first view.
 */

/** Median of the budgets of the projects that have one (`hasBudget[i]` 1); 0 when none has. */
export function wholeMedianBudget(budget: Float64Array, hasBudget: Uint8Array, n: number): number {
  const values = new Float64Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) if (hasBudget[i] === 1) values[count++] = budget[i]!;
  if (count === 0) return 0;
  const mid = count >> 1;
  if (count % 2 === 1) return select(values, count, mid);
  // The lower middle value, then the smallest of what lies above it.
  const lower = select(values, count, mid - 1);
  let upper = Number.POSITIVE_INFINITY;
  for (let i = mid; i < count; i++) if (values[i]! < upper) upper = values[i]!;
  return (lower + upper) / 2;
}

/**
 * The value that would sit at position `k` if `values[0..count)` were sorted ascending
 * (Hoare's selection, middle pivot). Reorders `values` so that every value before `k` is at most
 * it and every value after at least it.
 */
function select(values: Float64Array, count: number, k: number): number {
  let left = 0;
  let right = count - 1;
  while (left < right) {
    const pivot = values[(left + right) >> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k]!;
}
