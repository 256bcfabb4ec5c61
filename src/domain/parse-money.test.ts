import { describe, expect, it } from 'vitest';
import { makeProject } from '@/test/make-project';
import { parseProjectSummary } from './parse-record';

const base = makeProject({ id: 'X.0001', budgetUsd: 100_000 });

describe('parseProjectSummary: funders and money moved', () => {
  it('leaves absent or blank money fields absent: not provided is not zero', () => {
    const result = parseProjectSummary({ ...base, spentUsd: '', funders: null });
    expect(result.ok && result.value).not.toHaveProperty('spentUsd');
    expect(result.ok && result.value).not.toHaveProperty('funders');
  });

  it('reads funders as objects or names, shares as fractions or percentages, amounts as text', () => {
    const result = parseProjectSummary({
      ...base,
      funders: [{ name: 'Germany', ref: 'XM-DAC-5', share: 60 }, 'Sweden'],
      committedUsd: '100,000.00',
      disbursedUsd: 50_000,
      spentUsd: '40000',
      spendingByYear: [
        { year: 2021, disbursedUsd: 20_000, spentUsd: 30_000 },
        { year: 2020, disbursedUsd: 30_000, spentUsd: 10_000 },
      ],
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        funders: [{ name: 'Germany', ref: 'XM-DAC-5', share: 0.6 }, { name: 'Sweden' }],
        committedUsd: 100_000,
        disbursedUsd: 50_000,
        spentUsd: 40_000,
        spendingByYear: [
          { year: 2020, disbursedUsd: 30_000, spentUsd: 10_000 },
          { year: 2021, disbursedUsd: 20_000, spentUsd: 30_000 },
        ],
      },
    });
  });

  it('names each unreadable money field as a reason', () => {
    const result = parseProjectSummary({
      ...base,
      spentUsd: -5,
      committedUsd: 'lots',
      funders: [{ share: 0.5 }],
      spendingByYear: [{ year: 'soon', spentUsd: 1 }],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reasons.map((r) => [r.code, r.field])).toEqual([
      ['invalid_funder', 'funders'],
      ['invalid_amount', 'committedUsd'],
      ['invalid_amount', 'spentUsd'],
      ['invalid_amount', 'spendingByYear'],
    ]);
  });
});
