import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDay, lastDay } from '@/domain/partial-date';
import { drawSpending } from './funding';
import { generatePortfolio, SAMPLE_AS_OF } from './generate-portfolio';
import { mulberry32 } from './prng';

const sample = generatePortfolio({ count: 5000, seed: 3 });
const asOfDay = lastDay(SAMPLE_AS_OF);
const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

describe('generated funders', () => {
  it('gives every project one to three distinct member-state funders with IATI refs', () => {
    for (const p of sample.projects) {
      expect(p.funders!.length).toBeGreaterThanOrEqual(1);
      expect(p.funders!.length).toBeLessThanOrEqual(3);
      expect(new Set(p.funders!.map((f) => f.ref)).size).toBe(p.funders!.length);
      for (const f of p.funders!) expect(f.ref).toMatch(/^XM-DAC-\d+$/);
      const shares = p.funders!.map((f) => f.share);
      if (shares.some((s) => s !== undefined)) expect(sum(shares as number[])).toBeCloseTo(1, 9);
    }
  });

  it('has a handful of governments fund most projects, and a few projects two or three funders', () => {
    const counts = new Map<string, number>();
    for (const p of sample.projects)
      for (const f of p.funders!) counts.set(f.ref!, (counts.get(f.ref!) ?? 0) + 1);
    const top5 = [...counts.values()].sort((a, b) => b - a).slice(0, 5);
    const withTopFive = sample.projects.filter((p) =>
      p.funders!.some((f) =>
        [...counts]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .some(([r]) => r === f.ref),
      ),
    );
    expect(withTopFive.length / sample.projects.length).toBeGreaterThan(0.7);
    expect(sum(top5)).toBeGreaterThan(0);
    const multi =
      sample.projects.filter((p) => p.funders!.length > 1).length / sample.projects.length;
    expect(multi).toBeGreaterThan(0.08);
    expect(multi).toBeLessThan(0.25);
  });
});

describe('generated spending', () => {
  it('per-year disbursements and expenditure sum exactly to the project totals', () => {
    for (const p of sample.projects) {
      const years = p.spendingByYear ?? [];
      expect(sum(years.map((y) => y.spentUsd))).toBe(p.spentUsd);
      expect(sum(years.map((y) => y.disbursedUsd))).toBe(p.disbursedUsd);
      expect(years.map((y) => y.year)).toEqual([...years.map((y) => y.year)].sort());
    }
  });

  it('spends only between the start and the data date, and disburses no more than the budget', () => {
    for (const p of sample.projects) {
      const start = new Date(firstDay(p.startDate) * 86_400_000).getUTCFullYear();
      for (const y of p.spendingByYear ?? []) {
        expect(y.year).toBeGreaterThanOrEqual(start);
        expect(y.year).toBeLessThanOrEqual(2026);
      }
      expect(p.disbursedUsd!).toBeLessThanOrEqual(p.budgetUsd!);
      expect(p.committedUsd).toBe(p.budgetUsd);
    }
  });

  it('a completed project spent most of its budget; a few overspent', () => {
    const completed = sample.projects.filter((p) => p.status === 'completed');
    for (const p of completed) expect(p.spentUsd! / p.budgetUsd!).toBeGreaterThanOrEqual(0.75);
    const over = completed.filter((p) => p.spentUsd! > p.budgetUsd!).length;
    expect(over).toBeGreaterThan(0);
    expect(over / completed.length).toBeLessThan(0.1);
  });

  it('an ongoing project spent part of its budget, more as time passes', () => {
    const ongoing = sample.projects.filter((p) => p.status === 'ongoing' && p.endDate);
    const progress = (p: (typeof ongoing)[number]) =>
      (asOfDay - firstDay(p.startDate)) / (lastDay(p.endDate!) - firstDay(p.startDate));
    const early = ongoing.filter((p) => progress(p) < 0.33);
    const late = ongoing.filter((p) => progress(p) > 0.66);
    const mean = (ps: typeof ongoing) => sum(ps.map((p) => p.spentUsd! / p.budgetUsd!)) / ps.length;
    for (const p of ongoing) expect(p.spentUsd!).toBeLessThan(p.budgetUsd!);
    expect(mean(late)).toBeGreaterThan(mean(early) + 0.3);
  });

  it('for any span and status: a project starting after the data date moved nothing, and parts sum to totals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).map((k) => k * 10_000),
        fc.constantFrom('ongoing' as const, 'completed' as const),
        fc.integer({ min: 15_000, max: 21_000 }),
        fc.integer({ min: 30, max: 1500 }),
        fc.integer({ min: 15_000, max: 21_000 }),
        fc.integer(),
        (budgetUsd, status, startDay, length, asOf, seed) => {
          const s = drawSpending(mulberry32(seed), {
            budgetUsd,
            status,
            startDay,
            endDay: startDay + length,
            asOfDay: asOf,
          });
          if (startDay > asOf) {
            expect(s).toEqual({ committedUsd: 0, disbursedUsd: 0, spentUsd: 0 });
            return;
          }
          expect(sum((s.spendingByYear ?? []).map((y) => y.spentUsd))).toBe(s.spentUsd);
          expect(sum((s.spendingByYear ?? []).map((y) => y.disbursedUsd))).toBe(s.disbursedUsd);
          for (const y of s.spendingByYear ?? []) {
            expect(y.spentUsd).toBeGreaterThanOrEqual(0);
            expect(y.disbursedUsd).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });

  it('keeps the facts of RR.0083 and gives it a funder and spending that reconcile', () => {
    const rr = sample.projects.find((p) => p.id === 'RR.0083')!;
    expect(rr.funders).toEqual([{ name: 'United States', ref: 'XM-DAC-302' }]);
    expect(sum(rr.spendingByYear!.map((y) => y.spentUsd))).toBe(rr.spentUsd);
    expect(rr.spentUsd! / rr.budgetUsd!).toBeGreaterThan(0.9);
  });
});
