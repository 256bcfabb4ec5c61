import { describe, expect, it } from 'vitest';
import { makeProject } from '@/test/make-project';
import { financialProgress } from './financial-progress';

describe('financialProgress', () => {
  it('is absent for a project that reports no money moved', () => {
    expect(financialProgress(makeProject({ id: 'P', budgetUsd: 100 }))).toBeUndefined();
  });

  it('draws each amount against the budget on one scale', () => {
    const lines = financialProgress(
      makeProject({ id: 'P', budgetUsd: 200, committedUsd: 200, disbursedUsd: 150, spentUsd: 100 }),
    )!.lines;
    expect(lines.map((l) => [l.key, l.width, l.ofBudget, l.budgetMark, l.over])).toEqual([
      ['committed', 1, 1, 1, false],
      ['disbursed', 0.75, 0.75, 1, false],
      ['spent', 0.5, 0.5, 1, false],
    ]);
  });

  it('shows an overspend past the budget mark, not capped', () => {
    const spent = financialProgress(makeProject({ id: 'P', budgetUsd: 200, spentUsd: 250 }))!
      .lines[2]!;
    expect(spent).toMatchObject({ width: 1, budgetMark: 0.8, ofBudget: 1.25, over: true });
  });

  it('keeps a missing amount apart from zero', () => {
    const lines = financialProgress(makeProject({ id: 'P', budgetUsd: 200, spentUsd: 0 }))!.lines;
    expect(lines[0]!.amount).toBeUndefined();
    expect(lines[2]!.amount).toBe(0);
  });
});
