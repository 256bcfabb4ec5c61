import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMedianFinder } from './median';

/** The median as the sorted budgets give it: the middle one, or the mean of the two middle ones. */
function sortedMedian(budgets: readonly (number | undefined)[]): number {
  const sorted = budgets.filter((b): b is number => b !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function median(budgets: readonly (number | undefined)[], bits?: Uint16Array): number {
  return createMedianFinder(
    Float64Array.from(budgets, (b) => b ?? 0),
    Uint8Array.from(budgets, (b) => (b === undefined ? 0 : 1)),
    budgets.length,
  )(bits);
}

describe('the median budget, found by selection', () => {
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

  it('counts only the matching projects (bits 0) when given the match bits', () => {
    expect(median([1, 100, 3, 200, 5], Uint16Array.from([0, 1, 0, 2, 0]))).toBe(3);
    expect(median([1, 100], Uint16Array.from([1, 1]))).toBe(0);
  });

  it('equals the sorted matching budgets’ median for any budgets and matches, one finder reused', () => {
    const entry = fc.record({
      budget: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 20 })),
      excluded: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(entry, { minLength: 40, maxLength: 40 }), { maxLength: 6 }),
        (rounds) => {
          const budgets = rounds[0]?.map((e) => e.budget) ?? [];
          const find = createMedianFinder(
            Float64Array.from(budgets, (b) => b ?? 0),
            Uint8Array.from(budgets, (b) => (b === undefined ? 0 : 1)),
            budgets.length,
          );
          for (const round of rounds) {
            const bits = Uint16Array.from(round.slice(0, budgets.length), (e) =>
              e.excluded ? 1 : 0,
            );
            const kept = budgets.filter((_, i) => bits[i] === 0);
            expect(find(bits)).toBe(sortedMedian(kept));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
