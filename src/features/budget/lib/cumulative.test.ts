import { describe, expect, it } from 'vitest';
import { cumulativeByYear } from './cumulative';
import { testView } from './budget.test-utils';

describe('cumulativeByYear', () => {
  it('adds up the budgets year by year, keeping years without projects on the axis', () => {
    expect(cumulativeByYear(testView().byYear)).toEqual([
      { year: 2019, budget: 300_000, cumulative: 300_000 },
      { year: 2020, budget: 150_000, cumulative: 450_000 },
      { year: 2021, budget: 390_000, cumulative: 840_000 },
      { year: 2022, budget: 250_000, cumulative: 1_090_000 },
      { year: 2023, budget: 0, cumulative: 1_090_000 },
      { year: 2024, budget: 100_000, cumulative: 1_190_000 },
    ]);
  });

  it('follows the filters and ends at the filtered total', () => {
    expect(cumulativeByYear(testView({ region: ['africa'] }).byYear)).toEqual([
      { year: 2019, budget: 100_000, cumulative: 100_000 },
      { year: 2020, budget: 0, cumulative: 100_000 },
      { year: 2021, budget: 300_000, cumulative: 400_000 },
    ]);
  });

  it('is empty when nothing matches, and sorts bins given out of order', () => {
    expect(cumulativeByYear(testView({ q: 'no such project' }).byYear)).toEqual([]);
    expect(
      cumulativeByYear([
        { key: 2021, budget: 5, count: 1 },
        { key: 2020, budget: 2, count: 1 },
      ]),
    ).toEqual([
      { year: 2020, budget: 2, cumulative: 2 },
      { year: 2021, budget: 5, cumulative: 7 },
    ]);
  });
});
