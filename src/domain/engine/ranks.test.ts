import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankNumbers } from './ranks';

/** Ranks as their definition reads: the position among the sorted distinct values. */
function ranksBySearch(values: Float64Array): { rank: number[]; size: number } {
  const sorted = Float64Array.from(values).sort();
  const distinct: number[] = [];
  for (const v of sorted)
    if (distinct.length === 0 || distinct[distinct.length - 1] !== v) distinct.push(v);
  const rank = Array.from(values, (v) => {
    let lo = 0;
    let hi = distinct.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  });
  return { rank, size: distinct.length };
}

describe('ranking numbers', () => {
  it('gives every number its place among the distinct values, whatever the numbers', () => {
    const some = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -0, Infinity, -Infinity, Number.NaN, 1e300, -1e-300, 5e-324),
      fc.integer({ min: -3, max: 3 }),
      fc.integer({ min: 0, max: 2 ** 40 }).map((v) => v * 1000),
    );
    fc.assert(
      fc.property(fc.array(some, { maxLength: 300 }), (list) => {
        const values = Float64Array.from(list);
        const { rank, size } = rankNumbers(values);
        expect({ rank: [...rank], size }).toEqual(ranksBySearch(values));
      }),
      { numRuns: 400 },
    );
  });

  it('ranks -0 and 0 alike, below the smallest positive number and above every negative one', () => {
    const { rank, size } = rankNumbers(Float64Array.of(5e-324, 0, -Infinity, -0, -5e-324, 7, 7));
    expect([...rank]).toEqual([3, 2, 0, 2, 1, 4, 4]);
    expect(size).toBe(5);
  });

  it('leaves its input as it was', () => {
    const values = Float64Array.of(3, -1, 2, -0, 2);
    rankNumbers(values);
    expect([...values]).toEqual([3, -1, 2, -0, 2]);
  });
});
