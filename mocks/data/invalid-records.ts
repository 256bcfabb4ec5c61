import type { ReasonCode } from '@/domain/reasons';
import type { MockPortfolio, MockRecord } from './portfolio';

/** A broken record and the reason the client must give for rejecting it. */
export interface InvalidRecordCase {
  reason: ReasonCode;
  field: string;
  record: Record<string, unknown>;
}

/**
 * One record per kind of data error a real source produces. Each differs from a valid project
 * in one way only, so each has exactly one reason to be rejected.
 */
export function invalidRecordCases(valid: MockRecord): InvalidRecordCase[] {
  const base: Record<string, unknown> = { ...valid };
  const { title: _title, ...untitled } = base;
  return [
    {
      reason: 'duplicate_id',
      field: 'id',
      record: { ...base, title: `${String(base.title)} (copy)` },
    },
    {
      reason: 'end_before_start',
      field: 'endDate',
      record: {
        ...base,
        id: 'ZZ.9001',
        startDate: '2021-06',
        endDate: '2020-01',
        status: 'completed',
      },
    },
    {
      reason: 'unknown_code',
      field: 'region',
      record: { ...base, id: 'ZZ.9002', region: 'atlantis' },
    },
    {
      reason: 'invalid_budget',
      field: 'budgetUsd',
      record: { ...base, id: 'ZZ.9003', budgetUsd: 'abc' },
    },
    { reason: 'missing', field: 'title', record: { ...untitled, id: 'ZZ.9004' } },
    {
      reason: 'completed_in_future',
      field: 'status',
      record: {
        ...base,
        id: 'ZZ.9005',
        startDate: '2025-01',
        endDate: '2027-06',
        status: 'completed',
      },
    },
    {
      reason: 'negative_budget',
      field: 'budgetUsd',
      record: { ...base, id: 'ZZ.9006', budgetUsd: -5000 },
    },
  ];
}

const cache = new WeakMap<MockPortfolio, MockPortfolio>();

/**
 * The portfolio with the broken records placed right after its first project, so they arrive
 * on the first page and the duplicate comes after the record it copies.
 */
export function withInvalidRecords(portfolio: MockPortfolio): MockPortfolio {
  const cached = cache.get(portfolio);
  if (cached) return cached;
  const [first, ...rest] = portfolio.projects;
  const projects = first ? [first, ...invalidRecordCases(first).map((c) => c.record), ...rest] : [];
  const result = {
    ...portfolio,
    projects,
    meta: { ...portfolio.meta, projectCount: projects.length },
  };
  cache.set(portfolio, result);
  return result;
}
