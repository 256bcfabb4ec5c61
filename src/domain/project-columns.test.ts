import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidRecordCases } from '@mocks/data/invalid-records';
import { projectSummaryArbitrary } from '@/test/engine-arbitraries';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { parseProjectSummaries } from './parse-record';
import { projectSummarySchema } from './project';
import {
  COLUMN_FIELDS,
  decodeProjectColumns,
  projectColumnsPageSchema,
  type ProjectColumnsPage,
} from './project-columns';
import { encodeProjectColumns, fitsColumns } from '@backend/project-columns-encode';

/** What a record looks like after JSON: the row format's view of it. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Encodes, sends through JSON and the envelope schema, decodes: the client's view of the records. */
function roundTrip(records: readonly unknown[]): unknown[] {
  const wire = viaJson({
    total: records.length,
    offset: 0,
    limit: 50_000,
    format: 'columns',
    ...encodeProjectColumns(records),
  });
  const page = projectColumnsPageSchema.parse(wire);
  const decoded = decodeProjectColumns(page);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.records;
}

const summaries = (count: number, seed: number) =>
  generatePortfolio({ count, seed, newsCount: 0 }).projects.map(
    ({ description: _d, ...summary }) => summary,
  );

/** A valid project, or one spoiled the ways real sources spoil them. */
const messyRecord: fc.Arbitrary<unknown> = fc.oneof(
  projectSummaryArbitrary,
  fc
    .tuple(
      projectSummaryArbitrary,
      fc.constantFrom(
        'id',
        'title',
        'startDate',
        'endDate',
        'status',
        'budgetUsd',
        'year',
        'countries',
        'funders',
        'spentUsd',
        'spendingByYear',
        'extra',
      ),
      fc.jsonValue(),
    )
    .map(([project, field, value]) => ({ ...project, [field]: value })),
  fc
    .tuple(projectSummaryArbitrary, fc.constantFrom('id', 'title', 'region', 'countries'))
    .map(([project, field]) => {
      const copy: Record<string, unknown> = { ...project };
      delete copy[field];
      return copy;
    }),
  fc.jsonValue(),
);

describe('the column wire format', () => {
  it('gives back the row format’s records for generated portfolios (rows → columns → rows)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer(), (count, seed) => {
        const rows = viaJson(summaries(count, seed));
        expect(roundTrip(rows)).toStrictEqual(rows);
      }),
      { numRuns: 25 },
    );
  });

  it('gives back any records, valid or not, in their order', () => {
    fc.assert(
      fc.property(fc.array(messyRecord, { maxLength: 40 }), (records) => {
        const rows = viaJson(records);
        expect(roundTrip(rows)).toStrictEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('codes each distinct value once and puts every fitting record in the columns', () => {
    const rows = summaries(2000, 3);
    const { columns, irregular, count } = encodeProjectColumns(rows);
    expect(count).toBe(2000);
    expect(irregular).toEqual([]);
    expect(columns.status.dict.toSorted()).toEqual([...new Set(rows.map((r) => r.status))].sort());
    expect(columns.region.dict).toHaveLength(new Set(rows.map((r) => r.region)).size);
    expect(columns.countries.offsets).toHaveLength(2001);
    // The point of the format: far fewer bytes than one object per record.
    expect(JSON.stringify(columns).length).toBeLessThan(0.6 * JSON.stringify(rows).length);
  });

  it('codes a funder once whether records share its object or each has an equal copy', () => {
    const [base] = summaries(1, 3);
    const shared = { name: 'Fund A', ref: 'FA' };
    const records = [
      { ...base, id: 'A.1', funders: [shared] },
      { ...base, id: 'A.2', funders: [shared, { name: 'Fund B', share: 0.5 }] },
      { ...base, id: 'A.3', funders: [{ name: 'Fund A', ref: 'FA' }] },
      { ...base, id: 'A.4', funders: [{ name: 'Fund B', share: 0.4 }] },
    ];
    const { funders } = encodeProjectColumns(records).columns;
    expect(funders?.dict).toEqual([
      { name: 'Fund A', ref: 'FA' },
      { name: 'Fund B', share: 0.5 },
      { name: 'Fund B', share: 0.4 },
    ]);
    expect(funders?.codes).toEqual([0, 0, 1, 0, 2]);
    expect(roundTrip(records)).toEqual(viaJson(records));
  });

  it('has a column for summary fields only', () => {
    expect(Object.keys(projectSummarySchema.shape)).toEqual(
      expect.arrayContaining([...COLUMN_FIELDS]),
    );
  });

  it('sends records that do not fit whole, so invalid ones are still rejected with their reasons', () => {
    const [valid] = summaries(5, 1);
    const cases = invalidRecordCases(valid!);
    const rows = viaJson([valid, ...cases.map((c) => c.record), 'not an object', null]);
    const { irregular } = encodeProjectColumns(rows);
    expect(irregular.map((r) => r.index)).toEqual(
      rows.flatMap((r, i) => (fitsColumns(r) ? [] : [i])),
    );
    expect(irregular.length).toBeGreaterThanOrEqual(4);
    const fromColumns = parseProjectSummaries(roundTrip(rows), '2026-10-31');
    expect(fromColumns).toEqual(parseProjectSummaries(rows, '2026-10-31'));
    expect(fromColumns.projects).toHaveLength(1);
    const reasons = fromColumns.rejected.map((r) => r.reasons[0]?.code);
    expect(reasons).toEqual([...cases.map((c) => c.reason), 'not_an_object', 'not_an_object']);
  });
});

it('sends a record whose funder the schema would refuse whole, so the page stays valid', () => {
  const [valid] = summaries(1, 1);
  const rows = viaJson([
    { ...valid, funders: [{ name: '' }] },
    { ...valid, funders: [{ name: 'A', share: 2 }] },
    { ...valid, funders: [] },
    valid,
  ]);
  expect(encodeProjectColumns(rows).irregular.map((r) => r.index)).toEqual([0, 1, 2]);
  expect(roundTrip(rows)).toStrictEqual(rows);
});

describe('decodeProjectColumns', () => {
  const good = (): ProjectColumnsPage => ({
    total: 3,
    offset: 0,
    limit: 3,
    format: 'columns',
    ...encodeProjectColumns([...summaries(2, 9), { id: 'X', budgetUsd: 'abc' }]),
  });

  it('refuses a page whose columns do not agree', () => {
    const breakers: [string, (p: ProjectColumnsPage) => void][] = [
      ['a short column', (p) => p.columns.title.pop()],
      [
        'a code outside its dictionary',
        (p) => (p.columns.region.codes[0] = p.columns.region.dict.length),
      ],
      ['a required value left out', (p) => (p.columns.status.codes[1] = -1)],
      ['offsets that do not bound the codes', (p) => p.columns.countries.offsets.push(99)],
      [
        'decreasing offsets',
        (p) => (p.columns.countries.offsets[1] = p.columns.countries.codes.length + 1),
      ],
      ['an irregular record outside the page', (p) => (p.irregular[0]!.index = 3)],
      ['more irregular records than the page', (p) => (p.count = 0)],
    ];
    expect(decodeProjectColumns(good()).ok).toBe(true);
    for (const [name, spoil] of breakers) {
      const page = good();
      spoil(page);
      expect(decodeProjectColumns(page), name).toMatchObject({
        ok: false,
        message: expect.any(String),
      });
    }
  });
});
