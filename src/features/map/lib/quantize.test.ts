import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerOf, MAX_CLASSES, quantize } from './quantize';

/** True when a number is a round step: 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten. */
function isRound(step: number): boolean {
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8].some((m) => Math.abs(mantissa - m) < 1e-9);
}

describe('quantize', () => {
  it('cuts a budget range into round equal classes', () => {
    const scale = quantize(2_636_238.1);
    expect(scale.uppers).toEqual([
      400_000, 800_000, 1_200_000, 1_600_000, 2_000_000, 2_400_000, 2_800_000,
    ]);
    expect(scale.classOf(1)).toBe(0);
    expect(scale.classOf(400_000)).toBe(0);
    expect(scale.classOf(400_001)).toBe(1);
    expect(scale.classOf(2_636_238.1)).toBe(6);
    expect(lowerOf(scale, 0)).toBe(0);
    expect(lowerOf(scale, 3)).toBe(1_200_000);
  });

  it('uses whole-number classes for counts, one per count when there are few', () => {
    expect(quantize(3, { integer: true }).uppers).toEqual([1, 2, 3]);
    expect(quantize(7, { integer: true }).uppers).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(quantize(26, { integer: true }).uppers).toEqual([4, 8, 12, 16, 20, 24, 28]);
    expect(quantize(8, { integer: true }).uppers).toEqual([2, 4, 6, 8]);
  });

  it('has one class when nothing is above zero', () => {
    expect(quantize(0).uppers).toHaveLength(1);
    expect(quantize(0).classOf(0)).toBe(0);
  });

  it('makes 5 to 7 round classes covering [0, max] for any positive amount', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e12, noNaN: true }), (max) => {
        const { uppers } = quantize(max);
        expect(uppers.length).toBeGreaterThanOrEqual(5);
        expect(uppers.length).toBeLessThanOrEqual(MAX_CLASSES);
        const step = uppers[0]!;
        expect(isRound(step)).toBe(true);
        uppers.forEach((u, i) => expect(u).toBeCloseTo(step * (i + 1), 6));
        expect(uppers.at(-1)!).toBeGreaterThanOrEqual(max * (1 - 1e-12));
        expect(uppers.at(-2)!).toBeLessThan(max);
      }),
    );
  });

  it('puts every value in the class whose bounds hold it, classes rising with the value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2 }),
        (max, fractions) => {
          const scale = quantize(max);
          const values = fractions.map((f) => f * max).sort((a, b) => a - b);
          let previous = 0;
          for (const v of values) {
            const i = scale.classOf(v);
            expect(i).toBeGreaterThanOrEqual(previous);
            expect(v).toBeLessThanOrEqual(scale.uppers[i]!);
            if (i > 0) expect(v).toBeGreaterThan(lowerOf(scale, i));
            previous = i;
          }
        },
      ),
    );
  });

  it('keeps integer classes whole for any count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), (max) => {
        const { uppers } = quantize(max, { integer: true });
        expect(uppers.every(Number.isInteger)).toBe(true);
        expect(uppers.length).toBeLessThanOrEqual(MAX_CLASSES);
        expect(uppers.at(-1)!).toBeGreaterThanOrEqual(max);
      }),
    );
  });
});
