import { describe, expect, it } from 'vitest';
import { valueTicks } from './value-ticks';

describe('valueTicks', () => {
  it('gives the ticks Recharts gives a value axis from 0: tickCount of them, past the largest value', () => {
    expect(valueTicks(51_400_000, 4)).toEqual([0, 20e6, 40e6, 60e6]);
    expect(valueTicks(3_500_000, 4)).toEqual([0, 1.5e6, 3e6, 4.5e6]);
    expect(valueTicks(29_300_000, 4)).toEqual([0, 10e6, 20e6, 30e6]);
    expect(valueTicks(49_700_000, 4)).toEqual([0, 20e6, 40e6, 60e6]);
    expect(valueTicks(60e6, 4)).toEqual([0, 20e6, 40e6, 60e6]);
    expect(valueTicks(7, 4)).toEqual([0, 3, 6, 9]);
  });

  it('is a lone 0 when there is nothing to show', () => {
    expect(valueTicks(0, 4)).toEqual([0]);
    expect(valueTicks(Number.NaN, 4)).toEqual([0]);
  });
});
