import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeMedianBudget } from './median';

/** The median as the sorted budgets give it: the middle one, or the mean of the two middle ones. */
function sortedMedian(budgets: readonly (number | undefined)[]): number {
  const sorted = budgets.filter((b): b is number => b !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function median(budgets: readonly (number | undefined)[]): number {
  return wholeMedianBudget(
    Float64Array.from(budgets, (b) => b ?? 0),
    Uint8Array.from(budgets, (b) => (b === undefined ? 0 : 1)),
    budgets.length,
  );
}

describe('the whole portfolio’s median budget, found by selection', () => {
  it('is the middle budget, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([2, 2, 2, 9])).toBe(2);
  });

  it('leaves out projects without a budget, and is 0 when none has one', () => {
    expect(median([undefined, 10, undefined, 30])).toBe(20);
    expect(median([undefined, undefined])).toBe(0);
    expect(median([])).toBe(0);
  });

  it('equals the sorted budgets’ median for any budgets, ties and gaps included', () => {
    const budget = fc.oneof(
      fc.constant(undefined),
      fc.integer({ min: 0, max: 20 }),
      fc.double({ min: 0, max: 1e9, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(budget, { maxLength: 300 }), (budgets) => {
        expect(median(budgets)).toBe(sortedMedian(budgets));
      }),
      { numRuns: 400 },
    );
  });
});
